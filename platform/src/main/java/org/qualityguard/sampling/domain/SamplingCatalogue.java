package org.qualityguard.sampling.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


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

    /** Rows {@code code,name_zh,name_en,source}. */
    static List<ProductCategory> read(String resource, ProductCategory.Kind kind) {
        return ShippedCsv.read(resource).stream().map(r -> new ProductCategory(r.cells().get("code"), kind,
                r.cells().get("name_zh"), r.cells().get("name_en"), r.cells().get("source"))).toList();
    }
}
