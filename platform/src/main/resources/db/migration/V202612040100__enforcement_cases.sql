-- The enforcement module (PRODUCT.md §5): cases on their statutory clocks, their files of hashed evidence and their
-- reasoned decisions. Status moves only along enforcement.domain.CaseStatus's transition table; the clocks
-- themselves are the calendar module's (calendar.clock, append-only). Nothing of a case whose file is closed
-- (CLOSED, NOT_FILED, WITHDRAWN) changes: the triggers below refuse it for every role, the service first.
CREATE SCHEMA IF NOT EXISTS enforcement;

-- The running number of the case numbers (AJ<division>-<year>-<number>), one for the province.
CREATE SEQUENCE enforcement.case_number;

CREATE TABLE enforcement.enforcement_case (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_no            text        NOT NULL UNIQUE,
    status             text        NOT NULL CHECK (status IN ('LEAD', 'NOT_FILED', 'FILED', 'INVESTIGATING',
                                       'LEGAL_REVIEW', 'NOTIFIED', 'DECIDED', 'SERVED', 'DECIDED_ON_THE_SPOT',
                                       'EXECUTED', 'CLOSED', 'WITHDRAWN')),
    source             text        NOT NULL CHECK (source IN ('HAND', 'WARNING', 'SAMPLING')),
    source_ref         text,
    summary            text        NOT NULL,
    item_code          text        NOT NULL,
    item_name          text        NOT NULL,
    division_code      text        NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
    organisation_id    bigint,
    organisation_name  text,
    party_kind         text        CHECK (party_kind IN ('ORGANISATION', 'PERSON')),
    party_credit_code  text,
    party_name         text,
    major              boolean     NOT NULL DEFAULT false,
    lead_on            date        NOT NULL,
    filed_on           date,
    notified_on        date,
    intended_fine      numeric(14, 2),
    hearing_right      boolean,
    decided_on         date,
    served_on          date,
    executed_on        date,
    closed_on          date,
    reason             text,
    -- the running clock as last read (after each operation): a projection, rebuilt from the calendar's events
    deadline           date        NOT NULL,
    clock_state        text        NOT NULL,
    demo               boolean     NOT NULL DEFAULT false,
    opened_by          text        NOT NULL,
    opened_at          timestamptz NOT NULL
);
CREATE UNIQUE INDEX enforcement_case_by_source ON enforcement.enforcement_case (source, source_ref)
    WHERE source_ref IS NOT NULL;
CREATE INDEX enforcement_case_by_division ON enforcement.enforcement_case (division_code, id);
CREATE INDEX enforcement_case_by_lead ON enforcement.enforcement_case (lead_on, id);
CREATE INDEX enforcement_case_by_deadline ON enforcement.enforcement_case (deadline, id);
CREATE INDEX enforcement_case_by_status ON enforcement.enforcement_case (status, division_code, id);

-- The case file: each item with its kind, source, who collected it and when, and the SHA-256 of the file's bytes.
CREATE TABLE enforcement.evidence (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint      NOT NULL REFERENCES enforcement.enforcement_case (id),
    kind          text        NOT NULL CHECK (kind IN ('DOCUMENT', 'PHOTO', 'TEST_REPORT', 'QUESTIONING_RECORD',
                                                       'ON_SITE_RECORD')),
    title         text        NOT NULL,
    source        text        NOT NULL,
    collected_by  text        NOT NULL,
    collected_on  date        NOT NULL,
    file_name     text        NOT NULL,
    content_type  text        NOT NULL,
    content       bytea       NOT NULL,
    sha256        text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    added_by      text        NOT NULL,
    added_at      timestamptz NOT NULL,
    UNIQUE (case_id, id)
);

-- The reasoned decision (one per case): the band applied, the fine, the reasoning, the collective decision if any.
CREATE TABLE enforcement.decision (
    case_id                 bigint         PRIMARY KEY REFERENCES enforcement.enforcement_case (id),
    item_code               text           NOT NULL,
    procedure               text           NOT NULL CHECK (procedure IN ('ORDINARY', 'SUMMARY')),
    legal_basis             text           NOT NULL,
    circumstance            text           NOT NULL,
    band                    text           NOT NULL CHECK (band IN ('MITIGATING', 'ORDINARY', 'AGGRAVATING')),
    band_lowest             numeric(14, 2) NOT NULL,
    band_highest            numeric(14, 2) NOT NULL,
    within_band             boolean        NOT NULL,
    fine                    numeric(14, 2) NOT NULL CHECK (fine >= 0),
    goods_value             numeric(14, 2),
    reasoning               text           NOT NULL,
    collective_on           date,
    collective_participants text,
    collective_conclusion   text,
    outlier                 boolean        NOT NULL,
    decided_by              text           NOT NULL,
    decided_on              date           NOT NULL,
    decided_at              timestamptz    NOT NULL,
    CHECK (within_band OR collective_on IS NOT NULL)
);
CREATE INDEX decision_by_item_band ON enforcement.decision (item_code, band);

CREATE TABLE enforcement.decision_fact (
    case_id   bigint  NOT NULL REFERENCES enforcement.decision (case_id),
    position  integer NOT NULL,
    text      text    NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- A fact cites evidence of its own case's file only: the foreign key on (case_id, evidence_id) holds it.
CREATE TABLE enforcement.decision_citation (
    case_id      bigint  NOT NULL,
    position     integer NOT NULL,
    evidence_id  bigint  NOT NULL,
    PRIMARY KEY (case_id, position, evidence_id),
    FOREIGN KEY (case_id, position) REFERENCES enforcement.decision_fact (case_id, position),
    FOREIGN KEY (case_id, evidence_id) REFERENCES enforcement.evidence (case_id, id)
);

CREATE TABLE enforcement.decision_statement (
    case_id   bigint  NOT NULL REFERENCES enforcement.decision (case_id),
    position  integer NOT NULL,
    text      text    NOT NULL,
    accepted  boolean NOT NULL,
    why       text    NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE FUNCTION enforcement.refuse_change_of_closed_case() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    closed_status text;
    target bigint;
BEGIN
    IF TG_TABLE_NAME = 'enforcement_case' THEN
        target := OLD.id;
    ELSIF TG_OP = 'INSERT' THEN
        target := NEW.case_id;
    ELSE
        target := OLD.case_id;
    END IF;
    SELECT status INTO closed_status FROM enforcement.enforcement_case
     WHERE id = target AND status IN ('CLOSED', 'NOT_FILED', 'WITHDRAWN');
    IF closed_status IS NOT NULL THEN
        RAISE EXCEPTION 'the file of enforcement case % is closed (%): nothing in it changes', target, closed_status;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER closed_case_kept BEFORE UPDATE OR DELETE ON enforcement.enforcement_case
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_change_of_closed_case();
CREATE TRIGGER closed_file_kept BEFORE INSERT OR UPDATE OR DELETE ON enforcement.evidence
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_change_of_closed_case();
CREATE TRIGGER closed_decision_kept BEFORE INSERT OR UPDATE OR DELETE ON enforcement.decision
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_change_of_closed_case();
CREATE TRIGGER closed_fact_kept BEFORE INSERT OR UPDATE OR DELETE ON enforcement.decision_fact
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_change_of_closed_case();
CREATE TRIGGER closed_citation_kept BEFORE INSERT OR UPDATE OR DELETE ON enforcement.decision_citation
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_change_of_closed_case();
CREATE TRIGGER closed_statement_kept BEFORE INSERT OR UPDATE OR DELETE ON enforcement.decision_statement
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_change_of_closed_case();
