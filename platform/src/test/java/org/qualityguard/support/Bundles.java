package org.qualityguard.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The message bundles as files: their keys in order, duplicates kept, so that tests can judge them. */
public final class Bundles {

    public static final Path ZH = Path.of("src/main/resources/i18n/messages_zh_CN.properties");
    public static final Path EN = Path.of("src/main/resources/i18n/messages_en.properties");

    private Bundles() {
    }

    /** A bundle's texts by key, read as the application reads them (the last definition of a key wins). */
    public static Map<String, String> texts(Path bundle) {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byKey = new TreeMap<>();
        texts.stringPropertyNames().forEach(k -> byKey.put(k, texts.getProperty(k)));
        return byKey;
    }

    /** Every key defined in a bundle, in file order; a key defined twice appears twice. */
    public static List<String> keys(Path bundle) {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        try {
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                boolean wasContinued = continued;
                continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
                if (wasContinued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                int end = 0;
                while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
                    end += trimmed.charAt(end) == '\\' ? 2 : 1;
                }
                keys.add(trimmed.substring(0, Math.min(end, trimmed.length())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
