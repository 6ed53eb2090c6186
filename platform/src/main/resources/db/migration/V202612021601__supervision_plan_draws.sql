-- A plan's seed comes from the platform, never from the planner. Drawing again for the same division and period
-- supersedes the open draft but keeps it: every draw stays, with its seed, in the plan's history.
ALTER TABLE supervision.plan DROP CONSTRAINT plan_status_check;
ALTER TABLE supervision.plan ADD CONSTRAINT plan_status_check
    CHECK (status IN ('DRAFT', 'SUPERSEDED', 'APPROVED', 'PUBLISHED'));
ALTER TABLE supervision.plan ADD COLUMN superseded_by bigint REFERENCES supervision.plan (id);
CREATE INDEX plan_period ON supervision.plan (division_code, year, month, id);
