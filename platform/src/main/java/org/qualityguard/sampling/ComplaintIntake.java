package org.qualityguard.sampling;

import java.util.ArrayList;
import java.util.List;

import org.qualityguard.identity.Divisions;
import org.qualityguard.sampling.domain.ComplaintClassifier;
import org.qualityguard.sampling.domain.ComplaintForm;
import org.qualityguard.sampling.domain.ComplaintPhoto;
import org.qualityguard.sampling.domain.SamplingError;
import org.qualityguard.sampling.domain.TrackingCode;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving a complaint from the public (no account): the form and its photos are checked field by field, the
 * classifier's suggestion is taken, and the complaint is committed with a fresh tracking number and secret code
 * before the complainant is answered with them, so that an answered complaint is never lost. A filled honeypot field
 * (invisible to people, filled by form robots) is refused, and nothing is stored.
 */
@Service
public class ComplaintIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintIntake.class);

    /** What the public sent: the form, the photos' bytes and the honeypot field's value. */
    public record Submission(ComplaintForm form, List<byte[]> photos, String honeypot) {
    }

    /** The answer: the tracking number and the secret code, shown once and never stored in the clear. */
    public record Receipt(String trackingNumber, String secretCode) {
    }

    private final ComplaintStore complaints;
    private final ComplaintClassification classification;
    private final Divisions divisions;
    private final BusinessTime time;

    ComplaintIntake(ComplaintStore complaints, ComplaintClassification classification, Divisions divisions,
                    BusinessTime time) {
        this.complaints = complaints;
        this.classification = classification;
        this.divisions = divisions;
        this.time = time;
    }

    @Transactional
    public Receipt submit(Submission s) {
        if (s.honeypot() != null && !s.honeypot().isBlank()) {
            LOG.info("complaint refused: honeypot field filled");
            throw new ValidationException(FieldViolation.of("form", SamplingError.SUBMISSION_REFUSED.violation()));
        }
        ComplaintForm f = s.form();
        List<FieldViolation> faults = new ArrayList<>(f.faults(this::knownDivision));
        List<ComplaintPhoto> photos = ComplaintPhoto.check(s.photos(), faults);
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        ComplaintClassifier classifier = classification.current();
        String number = newTrackingNumber();
        String secret = TrackingCode.newSecret();
        complaints.insert(new ComplaintStore.NewComplaint(number, TrackingCode.hash(number, secret),
                f.productName().strip(), strip(f.brand()), f.gtin(), strip(f.shop()), f.division().strip(),
                f.problem().strip(), f.anonymous() ? null : strip(f.contact()), f.anonymous(), time.now(),
                time.today(), classifier.classify(f.text()), classifier.examples(), false, false), photos);
        return new Receipt(number, secret);
    }

    private boolean knownDivision(String code) {
        try {
            return divisions.exists(new DivisionCode(code));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String newTrackingNumber() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String number = TrackingCode.newTrackingNumber(time.today());
            if (!complaints.trackingNumberTaken(number)) {
                return number;
            }
        }
        throw new IllegalStateException("no free tracking number after 10 draws");
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
