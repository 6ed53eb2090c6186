-- The equipment module: special-equipment units in use and the cycles that set their periodic-inspection due dates.
CREATE SCHEMA IF NOT EXISTS equipment;

CREATE TABLE equipment.unit (
    registration_code text        PRIMARY KEY,
    kind              text        NOT NULL,
    user_credit_code  text        NOT NULL,
    maintenance_unit  text,
    division_code     text        NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
    commissioned_on   date        NOT NULL,
    safety_level      smallint    NOT NULL DEFAULT 0 CHECK (safety_level BETWEEN 0 AND 5),
    last_inspected_on date,
    last_result       text        CHECK (last_result IN ('PASS', 'FAIL')),
    next_due_on       date        NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unit_division_due ON equipment.unit (division_code, next_due_on);
CREATE INDEX unit_user ON equipment.unit (user_credit_code);

-- Months between periodic inspections per kind and safety-status level (0 = no level recorded); an empty table
-- means the TSG defaults the code ships.
CREATE TABLE equipment.inspection_cycle (
    kind         text     NOT NULL,
    safety_level smallint NOT NULL CHECK (safety_level BETWEEN 0 AND 5),
    months       integer  NOT NULL CHECK (months BETWEEN 0 AND 120),
    PRIMARY KEY (kind, safety_level)
);
