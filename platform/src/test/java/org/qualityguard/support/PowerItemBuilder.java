package org.qualityguard.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A power item for a test, valid by default (an inspection item of Jiangsu's market supervision bureaus at every
 * level, on 《产品质量法》第十五条), with a code no other test uses: {@code PowerItemBuilder.anItem().withLevels("PROVINCE")}.
 * As the API's JSON or as a row of the catalogue sheet (.csv with its Chinese titles).
 */
public final class PowerItemBuilder {

    public static final String CSV_HEADER = "事项编码,版本,事项类型,事项名称,设定依据,行使层级,实施机构类别,法定时限,承诺时限,"
            + "不计入时限的期间,自由裁量基准,责任单位,追责依据\n";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String code;
    private String name;
    private List<String> levels = List.of("PROVINCE", "CITY", "COUNTY");
    private List<String> kinds = List.of("MARKET_SUPERVISION");
    private String type = "INSPECTION";

    private PowerItemBuilder() {
        String unique = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
        this.code = "JC-T" + unique + "-001";
        this.name = "测试监督检查事项" + unique;
    }

    public static PowerItemBuilder anItem() {
        return new PowerItemBuilder();
    }

    public PowerItemBuilder withLevels(String... levels) {
        this.levels = List.of(levels);
        return this;
    }

    public PowerItemBuilder withKinds(String... kinds) {
        this.kinds = List.of(kinds);
        return this;
    }

    public PowerItemBuilder named(String name) {
        this.name = name;
        return this;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Map<String, Object> json() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("type", type);
        item.put("name", name);
        item.put("legalBases", List.of(Map.of("law", "《产品质量法》", "article", "第十五条")));
        item.put("levels", levels);
        item.put("kinds", kinds);
        item.put("statutoryLimit", Map.of("days", 20, "count", "WORKING_DAYS", "maximumExtension", 10));
        item.put("promisedLimit", Map.of("days", 10, "count", "WORKING_DAYS", "maximumExtension", 0));
        item.put("excluded", List.of("TESTING"));
        item.put("discretion", List.of());
        item.put("responsibleUnit", "产品质量监督处");
        item.put("accountability", "《产品质量法》第六十八条");
        return item;
    }

    /** The item as the console's form posts it (its first level and kind: one value a field). */
    public Map<String, String> formFields() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("type", type);
        form.put("name", name);
        form.put("legalBases", "《产品质量法》第十五条\n《产品质量法》第十八条");
        form.put("levels", levels.get(0));
        form.put("kinds", kinds.get(0));
        form.put("statutoryDays", "20");
        form.put("statutoryCount", "WORKING_DAYS");
        form.put("statutoryExtension", "10");
        form.put("promisedDays", "10");
        form.put("promisedCount", "WORKING_DAYS");
        form.put("excluded", "TESTING");
        form.put("discretion", "");
        form.put("responsibleUnit", "产品质量监督处");
        form.put("accountability", "《产品质量法》第六十八条");
        return form;
    }

    /** The item as a row of the catalogue sheet (levels and kinds by their Chinese labels). */
    public String csvRow(int version) {
        String levelText = String.join("、", levels.stream().map(l -> switch (l) {
            case "PROVINCE" -> "省级";
            case "CITY" -> "市级";
            default -> "县级";
        }).toList());
        String kindText = kinds.contains("INSPECTION_QUARANTINE") ? "出入境检验检疫机构" : "市场监督管理部门";
        return String.join(",", code, Integer.toString(version), "行政检查", name, "《产品质量法》第十五条", levelText,
                kindText, "20个工作日，可延长10个工作日", "10个工作日", "检验检测", "", "产品质量监督处", "《产品质量法》第六十八条") + "\n";
    }
}
