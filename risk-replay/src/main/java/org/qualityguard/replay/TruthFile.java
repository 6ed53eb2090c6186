package org.qualityguard.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each lot's true probability of failing, written by the generator beside the lot file ({@code lot_id,true_probability}).
 * Plain split: the generator writes it and nothing in it is quoted.
 */
final class TruthFile {

    private TruthFile() {
    }

    /** The sibling truth file of a lot file: {@code world.csv} → {@code world.truth.csv}. */
    static Path besides(Path lots) {
        return sibling(lots, ".truth.csv");
    }

    static Path sibling(Path lots, String suffix) {
        String name = lots.getFileName().toString();
        String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return lots.resolveSibling(base + suffix);
    }

    static Map<String, Double> read(Path file) throws IOException, MalformedFileException {
        Map<String, Double> truth = new HashMap<>(1 << 21);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (!"lot_id,true_probability".equals(line)) {
                throw new MalformedFileException(file.toString(), List.of("line 1: header must be lot_id,true_probability"), 1);
            }
            long n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                int comma = line.indexOf(',');
                try {
                    truth.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
                } catch (RuntimeException e) {
                    throw new MalformedFileException(file.toString(), List.of("line " + n + ": " + line), 1);
                }
            }
        }
        return truth;
    }
}
