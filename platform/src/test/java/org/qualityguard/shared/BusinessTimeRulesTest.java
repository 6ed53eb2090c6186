package org.qualityguard.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Business time has one source: the clock in the business zone. Nothing outside {@link ClockConfiguration} reads the
 * machine's clock or zone, no SQL stamps a business instant or date with the database's clock, instants are stored
 * with their zone, and templates show instants in the business zone.
 */
class BusinessTimeRulesTest {

    private static final Path MAIN = Path.of("src/main");

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qualityguard");

    /** SQL functions that read the database server's clock; a parameter from the business clock is used instead. */
    private static final Pattern SQL_CLOCK = Pattern.compile(
            "(?i)\\b(now\\s*\\(\\s*\\)|(current_date|current_timestamp|localtimestamp|localtime|current_time"
                    + "|clock_timestamp|statement_timestamp|transaction_timestamp)\\b)");

    /** A {@code timestamp} column that is not {@code timestamp with time zone} (timestamptz is one word). */
    private static final Pattern NAIVE_TIMESTAMP = Pattern.compile("(?i)\\btimestamp\\b(?!\\s+with\\s+time\\s+zone)");

    /** A date column whose default is the database's today, which is the server's zone's today. */
    private static final Pattern DATE_FROM_CLOCK = Pattern.compile(
            "(?i)\\bdate\\b[^,\\n]*\\bdefault\\b[^,\\n]*(now\\s*\\(|current_|localtimestamp)");

    @Test
    void nothingReadsTheMachinesClockOrZoneOutsideTheClockConfiguration() {
        noClasses().that().doNotHaveFullyQualifiedName(ClockConfiguration.class.getName())
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(TimeZone.class, "getDefault")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("every \"today\" and every stamp comes from the one clock in the business zone")
                .check(PLATFORM);
    }

    @Test
    void noSqlInJavaReadsTheDatabaseClock() {
        List<String> found = new ArrayList<>();
        for (Path file : files(MAIN.resolve("java"), ".java")) {
            for (String literal : stringLiterals(read(file))) {
                Matcher m = SQL_CLOCK.matcher(literal);
                if (m.find()) {
                    found.add(MAIN.relativize(file) + ": " + m.group() + " in \"" + literal.strip() + "\"");
                }
            }
        }
        assertThat(found).as("SQL that stamps with the database's clock instead of a parameter from the clock")
                .isEmpty();
    }

    @Test
    void theSqlScanFindsTheDatabaseClockInTextBlocksAndStrings() {
        assertThat(stringLiterals("x(\"UPDATE t SET a = now() \" + \"WHERE b\"); // now()\n"
                + "y(\"\"\"\n    SELECT current_date\n    \"\"\");"))
                .containsExactly("UPDATE t SET a = now() ", "WHERE b", "\n    SELECT current_date\n    ");
        assertThat(SQL_CLOCK.matcher("approved_at = now()").find()).isTrue();
        assertThat(SQL_CLOCK.matcher("rebuildNow() and current_dates").find()).isFalse();
    }

    @Test
    void migrationsStoreInstantsWithTheirZone() {
        List<String> found = new ArrayList<>();
        for (Path file : files(MAIN.resolve("resources/db/migration"), ".sql")) {
            String sql = read(file).replaceAll("--[^\\n]*", "");
            Matcher m = NAIVE_TIMESTAMP.matcher(sql);
            while (m.find()) {
                found.add(file.getFileName() + " at " + m.start());
            }
            Matcher dateFromClock = DATE_FROM_CLOCK.matcher(sql);
            while (dateFromClock.find()) {
                found.add(file.getFileName() + ": " + dateFromClock.group());
            }
        }
        assertThat(found).as("timestamp columns without time zone, or dates defaulted from the database clock")
                .isEmpty();
    }

    @Test
    void templatesShowInstantsInTheBusinessZone() {
        Pattern format = Pattern.compile("#temporals\\.format\\(([^()]|\\([^()]*\\))*\\)");
        List<String> found = new ArrayList<>();
        for (Path file : files(MAIN.resolve("resources/templates"), ".html")) {
            Matcher m = format.matcher(read(file));
            while (m.find()) {
                if (!m.group().endsWith(", @businessTime.zoneId())")) {
                    found.add(MAIN.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(found).as("instants formatted without the business zone").isEmpty();
    }

    /** The contents of the string literals and text blocks of Java source, comments skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                literals.add(source.substring(i + 1, end));
                i = end + 1;
            } else if (source.charAt(i) == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2)) + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(files).as("files under " + root).isNotEmpty();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
