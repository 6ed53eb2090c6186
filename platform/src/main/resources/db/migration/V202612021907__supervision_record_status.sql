-- Inspection records move along a workflow (supervision.domain.RecordStatus): recorded → co-signed → approved.
-- The status of the records already made is read off their stamps, once; from here on only the store's move along
-- an edge changes it.
ALTER TABLE supervision.inspection_record ADD COLUMN status text NOT NULL DEFAULT 'RECORDED'
    CHECK (status IN ('RECORDED', 'COSIGNED', 'APPROVED'));
UPDATE supervision.inspection_record
   SET status = CASE WHEN approved_by IS NOT NULL THEN 'APPROVED' WHEN cosigned_by IS NOT NULL THEN 'COSIGNED'
                ELSE 'RECORDED' END;
