-- The units list is sorted by due date, registration code or division and paged by seeking on (key,
-- registration_code); the division code rides along so that a reader's division range is checked on the index.
CREATE INDEX unit_due_code ON equipment.unit (next_due_on, registration_code) INCLUDE (division_code);
CREATE INDEX unit_division_code ON equipment.unit (division_code, registration_code);
