-- Supervisory sampling, second part: samples taken under a power item, their laboratory results judged against the
-- standards table, the enterprise's objection (复检/异议) within its window, and publication on the portal.
-- status moves only along SampleStatus.WORKFLOW: each write names the state it leaves.
CREATE TABLE sampling.sample (
    sample_no         text        PRIMARY KEY CHECK (sample_no ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
    power_item        text        NOT NULL,
    power_version     integer     NOT NULL,
    organisation_id   text        NOT NULL,
    organisation_name text        NOT NULL,
    division_code     text        NOT NULL,
    credit_code       text        NOT NULL,
    enterprise_name   text        NOT NULL,
    category          text        NOT NULL,
    category_kind     text        NOT NULL CHECK (category_kind IN ('FOOD', 'INDUSTRIAL')),
    applies_to        text        NOT NULL,
    product           text        NOT NULL,
    brand             text,
    specification     text,
    batch             text,
    produced_on       date,
    sampled_on        date        NOT NULL,
    sampled_at        text        NOT NULL,
    laboratory        text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('SAMPLED', 'CONFORMING', 'FAILED', 'OBJECTED', 'PUBLISHED')),
    conforms          boolean,
    tested_on         date,
    objection_until   date,
    published_on      date,
    sampled_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    results_by        text,
    results_at        timestamptz,
    demo              boolean     NOT NULL DEFAULT false
);
CREATE INDEX sample_division ON sampling.sample (division_code, sample_no);
CREATE INDEX sample_status ON sampling.sample (status, objection_until);
CREATE INDEX sample_published ON sampling.sample (published_on DESC, sample_no) WHERE status = 'PUBLISHED';

-- One row per test item, with the limit (and its version) that judged it, so that the verdict reads as it was made.
CREATE TABLE sampling.sample_result (
    sample_no     text    NOT NULL REFERENCES sampling.sample (sample_no),
    row_no        integer NOT NULL CHECK (row_no > 0),
    standard_no   text    NOT NULL,
    item          text    NOT NULL,
    measured      numeric,
    unit          text,
    limit_value   numeric,
    limit_unit    text    NOT NULL,
    comparison    text    NOT NULL,
    limit_version integer NOT NULL,
    conforms      boolean NOT NULL,
    PRIMARY KEY (sample_no, row_no)
);

-- The enterprise's objection to a failure (food: 复检 within 7 working days; products: 异议 within 15 days) and its
-- decision: upheld (the failure stands) or overturned (the sample conforms).
CREATE TABLE sampling.objection (
    sample_no       text        PRIMARY KEY REFERENCES sampling.sample (sample_no),
    lodged_on       date        NOT NULL,
    grounds         text        NOT NULL,
    lodged_by       text        NOT NULL,
    lodged_at       timestamptz NOT NULL,
    outcome         text CHECK (outcome IN ('UPHELD', 'OVERTURNED')),
    decision_reason text,
    decided_on      date,
    decided_by      text,
    decided_at      timestamptz
);

-- Results are the laboratory's record: once written they are never changed or removed.
CREATE FUNCTION sampling.refuse_result_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a sample''s results are kept as entered (sample %)', OLD.sample_no;
END
$$;
CREATE TRIGGER sample_result_kept BEFORE UPDATE OR DELETE ON sampling.sample_result
    FOR EACH ROW EXECUTE FUNCTION sampling.refuse_result_change();
