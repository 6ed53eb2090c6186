package org.qualityguard.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection record as staff see it: the result, findings, photos, whether the second inspector co-signed it and
 * whether a chief approved it for the portal.
 */
public record RecordView(long id, Long inspectionId, String creditCode, String divisionCode, LocalDate inspectedOn,
                         String result, LocalDate correctiveDeadline, String recordedBy, String cosignedBy,
                         String approvedBy, String status, List<InspectionRecords.Finding> findings, List<Photo> photos) {

    public boolean approved() {
        return approvedBy != null;
    }

    public boolean cosigned() {
        return cosignedBy != null;
    }

    /** A photo's metadata; its bytes are read separately, through a scope check. */
    public record Photo(long id, String filename, String contentType, int sizeBytes) {
    }
}
