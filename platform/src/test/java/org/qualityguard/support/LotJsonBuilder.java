package org.qualityguard.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test lots as a declaring system sends them: {@code aLot().at("CIQ-NJ").from("VN").build()}; ids are unique. */
public final class LotJsonBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private LotJsonBuilder() {
        fields.put("lotId", "T" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet());
        fields.put("declaredAt", BusinessDay.today().toString());
        fields.put("bureau", "CIQ-NJ");
        fields.put("direction", "IMPORT");
        fields.put("hsCode", "0802120000");
        fields.put("origin", "US");
        fields.put("consignee", "C-TEST");
        fields.put("manufacturer", "M-TEST");
        fields.put("quantity", 1200);
        fields.put("valueCny", 56000.5);
    }

    public static LotJsonBuilder aLot() {
        return new LotJsonBuilder();
    }

    public LotJsonBuilder with(String field, Object value) {
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return this;
    }

    public LotJsonBuilder at(String bureau) {
        return with("bureau", bureau);
    }

    public LotJsonBuilder from(String origin) {
        return with("origin", origin);
    }

    public LotJsonBuilder on(LocalDate day) {
        return with("declaredAt", day.toString());
    }

    public LotJsonBuilder hs(String code) {
        return with("hsCode", code);
    }

    public LotJsonBuilder consignee(String name) {
        return with("consignee", name);
    }

    public String id() {
        return (String) fields.get("lotId");
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
