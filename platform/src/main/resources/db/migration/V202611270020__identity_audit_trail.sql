-- The audit trail: append-only, each entry carries a SHA-256 over its content and the previous entry's hash,
-- so that changing, deleting or inserting an entry breaks the chain from that point on.
CREATE TABLE identity.audit_entry (
    id            bigint      PRIMARY KEY,
    occurred_at   timestamptz NOT NULL,
    actor         text        NOT NULL,
    action        text        NOT NULL,
    subject_type  text        NOT NULL,
    subject_id    text        NOT NULL,
    division_code text,
    before_state  text,
    after_state   text,
    previous_hash text        NOT NULL,
    hash          text        NOT NULL
);
CREATE INDEX audit_entry_subject ON identity.audit_entry (subject_type, subject_id);

-- The head of the chain. Appending locks this row, which orders concurrent writers one after another.
CREATE TABLE identity.audit_head (
    singleton boolean  PRIMARY KEY DEFAULT true CHECK (singleton),
    last_id   bigint   NOT NULL,
    last_hash text     NOT NULL
);
INSERT INTO identity.audit_head (last_id, last_hash) VALUES (0, repeat('0', 64));
