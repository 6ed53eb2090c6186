package org.qualityguard.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine runs in the platform, a benchmark, a CLI and (later) Flink: it may import the JDK and itself only. */
class EngineDependsOnNothingButTheJdkTest {

    @Test
    void everyMainSourceImportsOnlyTheJdkAndTheEngine() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(30); // the rule must have something to judge
        for (Path source : sources) {
            for (String line : Files.readAllLines(source)) {
                if (line.startsWith("import ")) {
                    String imported = line.substring(line.startsWith("import static ") ? 14 : 7);
                    // javax.crypto is the JDK's own (module java.base): the keyed draws' HMAC
                    assertThat(imported).as("%s: %s", source.getFileName(), line)
                            .matches("(java\\.|javax\\.crypto\\.|org\\.qualityguard\\.risk\\.).*");
                }
            }
        }
    }
}
