-- The supervision module: versioned scoring tables, grades with the points behind them, inspection plans drawn by
-- lot, inspection records with findings.
CREATE SCHEMA IF NOT EXISTS supervision;

CREATE TABLE supervision.scoring_table (
    regime     text        NOT NULL CHECK (regime IN ('FOOD', 'SPECIAL_EQUIPMENT')),
    version    integer     NOT NULL,
    body       text        NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (regime, version)
);

-- Static facts an analyst records (scale, processes, vulnerable consumers, maintenance quality, …).
CREATE TABLE supervision.static_fact (
    credit_code text NOT NULL,
    factor      text NOT NULL,
    value       text NOT NULL,
    PRIMARY KEY (credit_code, factor)
);

-- Events behind the dynamic part that come from elsewhere: sampling failures, complaints, cases, accidents, credit.
CREATE TABLE supervision.risk_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credit_code text        NOT NULL,
    factor      text        NOT NULL,
    occurred_on date        NOT NULL,
    note        text,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_event_enterprise ON supervision.risk_event (credit_code, occurred_on);

-- The current grade per enterprise and regime; grade_history keeps every one ever given.
CREATE TABLE supervision.grade (
    credit_code     text        NOT NULL,
    regime          text        NOT NULL,
    division_code   text        NOT NULL,
    table_version   integer     NOT NULL,
    static_points   integer     NOT NULL,
    dynamic_points  integer     NOT NULL,
    computed_grade  text        NOT NULL CHECK (computed_grade IN ('A', 'B', 'C', 'D')),
    grade           text        NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    basis           text        NOT NULL,
    override_reason text,
    overridden_by   text,
    graded_at       timestamptz NOT NULL,
    PRIMARY KEY (credit_code, regime)
);
CREATE INDEX grade_division ON supervision.grade (division_code);

CREATE TABLE supervision.grade_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credit_code     text        NOT NULL,
    regime          text        NOT NULL,
    table_version   integer     NOT NULL,
    static_points   integer     NOT NULL,
    dynamic_points  integer     NOT NULL,
    computed_grade  text        NOT NULL,
    grade           text        NOT NULL,
    basis           text        NOT NULL,
    cause           text        NOT NULL,
    override_reason text,
    graded_by       text        NOT NULL,
    graded_at       timestamptz NOT NULL
);
CREATE INDEX grade_history_enterprise ON supervision.grade_history (credit_code, id);

CREATE TABLE supervision.inspector_conflict (
    staff_id    bigint      NOT NULL,
    credit_code text        NOT NULL,
    reason      text        NOT NULL,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (staff_id, credit_code)
);

CREATE TABLE supervision.plan (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    division_code text        NOT NULL,
    year          integer     NOT NULL,
    month         integer     CHECK (month BETWEEN 1 AND 12),
    seed          bigint      NOT NULL,
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
    ungraded      integer     NOT NULL DEFAULT 0,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    approved_by   text,
    approved_at   timestamptz
);

CREATE TABLE supervision.plan_inspection (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id     bigint  NOT NULL REFERENCES supervision.plan (id) ON DELETE CASCADE,
    credit_code text    NOT NULL,
    regime      text    NOT NULL,
    grade       text    NOT NULL,
    month       integer NOT NULL CHECK (month BETWEEN 1 AND 12),
    inspector_a bigint  NOT NULL,
    inspector_b bigint  NOT NULL CHECK (inspector_b <> inspector_a)
);
CREATE INDEX plan_inspection_plan ON supervision.plan_inspection (plan_id, month);
CREATE INDEX plan_inspection_enterprise ON supervision.plan_inspection (credit_code);

CREATE TABLE supervision.plan_unit (
    plan_id           bigint NOT NULL REFERENCES supervision.plan (id) ON DELETE CASCADE,
    registration_code text   NOT NULL,
    kind              text   NOT NULL,
    user_credit_code  text   NOT NULL,
    due_on            date   NOT NULL,
    PRIMARY KEY (plan_id, registration_code)
);

CREATE TABLE supervision.inspection_record (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_inspection_id  bigint REFERENCES supervision.plan_inspection (id),
    credit_code         text        NOT NULL,
    division_code       text        NOT NULL,
    inspected_on        date        NOT NULL,
    result              text        NOT NULL CHECK (result IN ('PASS', 'FAIL')),
    corrective_deadline date,
    recorded_by         text        NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_record_enterprise ON supervision.inspection_record (credit_code, inspected_on);

CREATE TABLE supervision.inspection_finding (
    record_id bigint NOT NULL REFERENCES supervision.inspection_record (id) ON DELETE CASCADE,
    item_code text   NOT NULL,
    finding   text   NOT NULL,
    severity  text   NOT NULL CHECK (severity IN ('MINOR', 'MAJOR'))
);
