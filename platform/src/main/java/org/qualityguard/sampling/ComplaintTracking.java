package org.qualityguard.sampling;

import java.util.Optional;

import org.qualityguard.sampling.domain.SamplingError;
import org.qualityguard.sampling.domain.TrackingCode;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a complaint by its tracking number and secret code. A wrong code and an unknown number get the same
 * answer (E4310), so that the page does not tell which tracking numbers exist.
 */
@Service
public class ComplaintTracking {

    private final ComplaintStore complaints;
    private final SamplingProposals proposals;

    ComplaintTracking(ComplaintStore complaints, SamplingProposals proposals) {
        this.complaints = complaints;
        this.proposals = proposals;
    }

    @Transactional(readOnly = true)
    public PublicComplaintStatus track(String trackingNumber, String secretCode) {
        String number = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase();
        String code = secretCode == null ? "" : secretCode.strip();
        Optional<String> hash = complaints.codeHashOf(number);
        if (hash.isEmpty() || code.isEmpty() || !TrackingCode.matches(hash.get(), number, code)) {
            throw new ValidationException(FieldViolation.of("secretCode",
                    SamplingError.TRACKING_NOT_FOUND.violation()));
        }
        ComplaintView c = complaints.byTrackingNumber(number).orElseThrow();
        String category = c.category();
        return new PublicComplaintStatus(c.trackingNumber(), c.submittedOn(), c.productName(), c.status(), category,
                category != null && proposals.isProposedAnywhere(category), c.photos());
    }
}
