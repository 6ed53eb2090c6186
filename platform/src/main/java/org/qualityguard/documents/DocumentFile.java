package org.qualityguard.documents;

/** An issued document's PDF as stored, with its number (for the file name) and SHA-256. */
public record DocumentFile(long id, String number, byte[] pdf, String sha256) {
}
