package org.qualityguard.sampling;

import java.time.LocalDate;

/**
 * What the tracking page tells the complainant who gives the number and the code: the status, the category it was
 * put in (once staff have reviewed it), and whether that category is proposed for sampling. Nothing about other
 * complaints, staff or the classifier's confidence.
 */
public record PublicComplaintStatus(String trackingNumber, LocalDate submittedOn, String productName, String status,
                                    String category, boolean categoryProposed, int photos) {
}
