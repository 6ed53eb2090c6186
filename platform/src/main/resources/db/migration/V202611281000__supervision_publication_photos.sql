-- The console's part of supervision: a plan is drafted, approved by a chief (its tasks go to the inspectors) and
-- then published (the "one public"); an inspection record is approved by a chief before the portal shows it; an
-- inspection record carries photos.
ALTER TABLE supervision.plan DROP CONSTRAINT plan_status_check;
ALTER TABLE supervision.plan ADD CONSTRAINT plan_status_check CHECK (status IN ('DRAFT', 'APPROVED', 'PUBLISHED'));
ALTER TABLE supervision.plan ADD COLUMN published_by text, ADD COLUMN published_at timestamptz;
CREATE INDEX plan_status ON supervision.plan (status, id);

ALTER TABLE supervision.inspection_record ADD COLUMN approved_by text, ADD COLUMN approved_at timestamptz;
CREATE INDEX inspection_record_approved ON supervision.inspection_record (approved_at) WHERE approved_at IS NOT NULL;

-- Photos live in the database beside their record: written in the record's transaction, backed up with it, and read
-- only through a query that checks the record's division against the reader's scope. The size is capped in code.
CREATE TABLE supervision.inspection_photo (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id    bigint      NOT NULL REFERENCES supervision.inspection_record (id) ON DELETE CASCADE,
    content_type text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    filename     text        NOT NULL,
    size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
    content      bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_photo_record ON supervision.inspection_photo (record_id);
