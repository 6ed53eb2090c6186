package org.qualityguard.enforcement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item of a case file: what it is, where it came from, who collected it and when, and the SHA-256 of its file's
 * bytes (kept with it), so that a copy shown later can be checked against what was filed.
 */
public record Evidence(long id, long caseId, Kind kind, String title, String source, String collectedBy,
                       LocalDate collectedOn, String fileName, String contentType, long size, String sha256,
                       String addedBy, Instant addedAt) {

    /** 书证, 照片, 检验检测报告, 询问笔录, 现场笔录. */
    public enum Kind { DOCUMENT, PHOTO, TEST_REPORT, QUESTIONING_RECORD, ON_SITE_RECORD }
}
