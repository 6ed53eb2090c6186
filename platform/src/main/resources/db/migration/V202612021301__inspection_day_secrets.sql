-- A day's draws are keyed with a secret that is kept until the day is over and only its SHA-256 is shown before
-- (the commitment). The old 64-bit seed was disclosed the same day, so every day gets a fresh secret; lots decided
-- before this change were drawn from the old seed and no longer reproduce their exploration draw in the audit.
ALTER TABLE inspection.selection_days ADD COLUMN secret bytea;
UPDATE inspection.selection_days
   SET secret = sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'));
ALTER TABLE inspection.selection_days ALTER COLUMN secret SET NOT NULL, DROP COLUMN seed;

-- The day whose secret keyed a lot's draws: its declaration day, or the day it was decided when declared for a day
-- already over (whose secret may be revealed, so must not key new draws).
ALTER TABLE inspection.lots ADD COLUMN drawn_on date;
UPDATE inspection.lots SET drawn_on = declared_on;
ALTER TABLE inspection.lots ALTER COLUMN drawn_on SET NOT NULL, DROP COLUMN seed,
    ADD FOREIGN KEY (bureau, drawn_on) REFERENCES inspection.selection_days (bureau, declared_on);
