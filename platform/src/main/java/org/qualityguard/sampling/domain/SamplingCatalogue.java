package org.qualityguard.sampling.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The product categories complaints are classified into, read from the data files shipped with the platform
 * ({@code sampling/food-categories.csv}, {@code sampling/industrial-products.csv}), each row naming its source.
 */
public final class SamplingCatalogue {

    private final Map<String, ProductCategory> byCode;
    private final List<ProductCategory> ordered;

    public SamplingCatalogue(List<ProductCategory> categories) {
        Map<String, ProductCategory> map = new LinkedHashMap<>();
        categories.forEach(c -> map.put(c.code(), c));
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(categories);
    }

    /** The shipped catalogue: foods first, then industrial products. */
    public static SamplingCatalogue shipped() {
        List<ProductCategory> all = new ArrayList<>(read("sampling/food-categories.csv", ProductCategory.Kind.FOOD));
        all.addAll(read("sampling/industrial-products.csv", ProductCategory.Kind.INDUSTRIAL));
        return new SamplingCatalogue(all);
    }

    public List<ProductCategory> categories() {
        return ordered;
    }

    public Optional<ProductCategory> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** Rows {@code code,name_zh,name_en,source} under a header; lines starting with # are comments. */
    static List<ProductCategory> read(String resource, ProductCategory.Kind kind) {
        InputStream in = SamplingCatalogue.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        List<ProductCategory> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            for (CSVRecord r : parser) {
                rows.add(new ProductCategory(r.get("code"), kind, r.get("name_zh"), r.get("name_en"), r.get("source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
