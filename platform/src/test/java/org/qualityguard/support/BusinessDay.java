package org.qualityguard.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the platform sees it (the default business zone, Asia/Shanghai), for test data. The test JVM's own
 * zone is the machine's: between 16:00 and 24:00 UTC its {@code LocalDate.now()} is already yesterday in Beijing.
 */
public final class BusinessDay {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
