-- Consumer-driven sampling (PRODUCT.md §3), first part: complaints from the public with their photos and their
-- classification, and the standards table that results are judged against.
CREATE SCHEMA IF NOT EXISTS sampling;

-- A complaint is written whole, with what was sent, before the complainant is answered. Only a salted SHA-256 of the
-- secret code is kept. submitted_on is the business day (Asia/Shanghai) the count test and the filters use.
CREATE TABLE sampling.complaint (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracking_number    text        NOT NULL UNIQUE,
    code_hash          text        NOT NULL,
    product_name       text        NOT NULL,
    brand              text,
    barcode            text CHECK (barcode ~ '^([0-9]{8}|[0-9]{13})$'),
    shop               text,
    division_code      text        NOT NULL,
    problem            text        NOT NULL,
    contact            text,
    anonymous          boolean     NOT NULL,
    submitted_at       timestamptz NOT NULL,
    submitted_on       date        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('RECEIVED', 'REVIEWED')),
    predicted_category text,
    confidence         double precision CHECK (confidence BETWEEN 0 AND 1),
    model_examples     integer,
    category           text,
    reviewed_by        text,
    reviewed_at        timestamptz,
    demo               boolean     NOT NULL DEFAULT false,
    held_back          boolean     NOT NULL DEFAULT false
);
CREATE INDEX complaint_division ON sampling.complaint (division_code, id);
CREATE INDEX complaint_day ON sampling.complaint (submitted_on, id);
CREATE INDEX complaint_category_day ON sampling.complaint (category, submitted_on);
CREATE INDEX complaint_barcode ON sampling.complaint (barcode) WHERE barcode IS NOT NULL;
CREATE INDEX complaint_status ON sampling.complaint (status, id);

-- Photos live beside their complaint, with the type their content was found to be (never the browser's claim).
CREATE TABLE sampling.complaint_photo (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    complaint_id bigint  NOT NULL REFERENCES sampling.complaint (id) ON DELETE CASCADE,
    content_type text    NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes   integer NOT NULL CHECK (size_bytes > 0),
    content      bytea   NOT NULL
);
CREATE INDEX complaint_photo_complaint ON sampling.complaint_photo (complaint_id);

-- The standards table: every version of every row is kept; the latest version of (standard, item, applies_to)
-- judges. source names the standard's table the row was taken from.
CREATE TABLE sampling.standard_limit (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    standard_no     text    NOT NULL,
    item            text    NOT NULL,
    applies_to      text    NOT NULL,
    limit_value     numeric,
    unit            text    NOT NULL,
    comparison      text    NOT NULL CHECK (comparison IN ('AT_MOST', 'BELOW', 'AT_LEAST', 'NOT_DETECTED')),
    status          text    NOT NULL CHECK (status IN ('CURRENT', 'REPLACED')),
    replaced_by     text,
    effective_from  date    NOT NULL,
    effective_until date,
    source          text    NOT NULL,
    version         integer NOT NULL,
    changed_by      text    NOT NULL,
    changed_at      timestamptz NOT NULL,
    UNIQUE (standard_no, item, applies_to, version),
    CHECK (comparison = 'NOT_DETECTED' OR limit_value IS NOT NULL)
);
CREATE INDEX standard_limit_item ON sampling.standard_limit (item, applies_to);
