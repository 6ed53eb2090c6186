package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.qualityguard.support.Bundles;

/** Every error the power module raises has its message in both bundles, and every code maps to one message key. */
class PowerMessagesTest {

    private static final Pattern VIOLATION = Pattern.compile("\"(E4\\d{3})\",\\s*\"(power\\.[A-Za-z.]+)\"");

    @Test
    void everyPowerErrorCodeHasOneMessageKeyInBothBundles() throws IOException {
        Set<String> zh = new TreeSet<>(Bundles.keys(Bundles.ZH));
        Set<String> en = new TreeSet<>(Bundles.keys(Bundles.EN));
        java.util.Map<String, String> keyOf = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/qualityguard/power"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = VIOLATION.matcher(Files.readString(file));
                while (m.find()) {
                    String earlier = keyOf.putIfAbsent(m.group(1), m.group(2));
                    assertThat(earlier == null || earlier.equals(m.group(2)))
                            .as(m.group(1) + " maps to " + earlier + " and " + m.group(2)).isTrue();
                    assertThat(zh).as("zh").contains(m.group(2));
                    assertThat(en).as("en").contains(m.group(2));
                }
            }
        }
        assertThat(keyOf).as("the guard's codes are among them").containsKeys("E4100", "E4101", "E4102", "E4103",
                "E4104", "E4105", "E4106", "E4107");
    }
}
