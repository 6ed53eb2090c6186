package org.qualityguard.documents.pdf;

import java.util.List;

import org.qualityguard.documents.Section;

/**
 * Everything printed on a document, already worded: the organisation's name (above the title and on the seal line),
 * the title, the number, the party, the sections, the date in words and the verification code as printed.
 */
public record PdfContent(String organisationName, String title, String number, String party, List<Section> sections,
                         String date, String verificationCode) {
}
