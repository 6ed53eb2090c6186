-- The second drawn inspector co-signs the record (inspections are made by two); a chief approves only a co-signed one.
ALTER TABLE supervision.inspection_record ADD COLUMN cosigned_by text;
ALTER TABLE supervision.inspection_record ADD COLUMN cosigned_at timestamptz;
