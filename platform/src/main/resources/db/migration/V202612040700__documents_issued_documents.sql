-- The documents module: official documents (执法文书) as issued. A document once issued is kept as it was: its
-- number, its verification code, its PDF and the PDF's SHA-256 never change (the trigger refuses UPDATE, DELETE and
-- TRUNCATE, for every role). Numbers run per organisation, kind and year without a gap: the counter row is taken
-- under its row lock in the issuing transaction, so a rolled-back issue gives its number back.
CREATE SCHEMA IF NOT EXISTS documents;

CREATE TABLE documents.number_counter (
    organisation_id bigint  NOT NULL,
    kind            text    NOT NULL CHECK (kind IN ('PENALTY_DECISION', 'PRIOR_NOTICE', 'HEARING_NOTICE')),
    year            integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    last_sequence   integer NOT NULL CHECK (last_sequence >= 1),
    PRIMARY KEY (organisation_id, kind, year)
);

CREATE TABLE documents.document (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              text        NOT NULL CHECK (kind IN ('PENALTY_DECISION', 'PRIOR_NOTICE', 'HEARING_NOTICE')),
    organisation_id   bigint      NOT NULL,
    organisation_name text        NOT NULL,
    abbreviation      text        NOT NULL,
    division_code     text        NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
    year              integer     NOT NULL,
    sequence          integer     NOT NULL CHECK (sequence >= 1),
    -- the number as printed, e.g. 苏宁市监罚〔2026〕12号
    number            text        NOT NULL UNIQUE,
    title             text        NOT NULL,
    party             text        NOT NULL,
    -- the ordered sections: [{"heading": …, "paragraphs": […]}, …]
    sections          jsonb       NOT NULL,
    issued_on         date        NOT NULL,
    issued_at         timestamptz NOT NULL,
    issued_by         text        NOT NULL,
    verification_code text        NOT NULL UNIQUE CHECK (verification_code ~ '^[0-9A-Z]{16}$'),
    pdf               bytea       NOT NULL,
    sha256            text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    UNIQUE (organisation_id, kind, year, sequence)
);
CREATE INDEX document_by_division ON documents.document (division_code, id);

CREATE FUNCTION documents.refuse_change_of_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an issued document is kept as issued: never changed or removed';
END
$$;
CREATE TRIGGER document_kept BEFORE UPDATE OR DELETE ON documents.document
    FOR EACH ROW EXECUTE FUNCTION documents.refuse_change_of_document();
CREATE TRIGGER document_not_truncated BEFORE TRUNCATE ON documents.document
    FOR EACH STATEMENT EXECUTE FUNCTION documents.refuse_change_of_document();
