package org.qualityguard.power.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.power.DiscretionRange;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.LegalBasis;
import org.qualityguard.power.PowerType;
import org.qualityguard.shared.clock.TimeLimit;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.sheet.SheetReader;
import org.qualityguard.shared.sheet.SheetRow;

/**
 * The power catalogue as provinces keep it in Excel: one row per item version, the columns' Chinese titles, and the
 * cells written the way a catalogue writes them (行政许可; 《特种设备安全法》第三十三条；…; 省级、市级; 20个工作日; 轻微：…
 * one line per circumstance, 情形：幅度). What {@link #format} writes {@link #parse} reads back, so an export can be corrected
 * and imported again; enum names are read too.
 */
public final class CatalogueSheet {

    public static final Map<String, String> COLUMNS = columns();
    private static final SheetReader.Layout LAYOUT = new SheetReader.Layout(COLUMNS,
            List.of("code", "version", "type", "name", "legalBasis", "levels", "kinds", "responsibleUnit",
                    "accountability"));

    static final Map<PowerType, String> TYPES = new EnumMap<>(Map.of(PowerType.LICENSING, "行政许可",
            PowerType.PENALTY, "行政处罚", PowerType.COERCION, "行政强制", PowerType.LEVY, "行政征收",
            PowerType.BENEFIT, "行政给付", PowerType.INSPECTION, "行政检查", PowerType.CONFIRMATION, "行政确认",
            PowerType.REWARD, "行政奖励", PowerType.ADJUDICATION, "行政裁决", PowerType.OTHER, "其他行政权力"));
    static final Map<DivisionLevel, String> LEVELS = new EnumMap<>(Map.of(DivisionLevel.PROVINCE, "省级",
            DivisionLevel.CITY, "市级", DivisionLevel.COUNTY, "县级"));
    static final Map<OrganisationKind, String> KINDS = new EnumMap<>(Map.of(
            OrganisationKind.MARKET_SUPERVISION, "市场监督管理部门",
            OrganisationKind.INSPECTION_QUARANTINE, "出入境检验检疫机构",
            OrganisationKind.TECHNICAL_INSTITUTION, "技术机构", OrganisationKind.PARTNER_AGENCY, "协作机构"));
    static final Map<Exclusion, String> EXCLUDED = new EnumMap<>(Map.of(Exclusion.HEARING, "听证",
            Exclusion.PUBLIC_NOTICE, "公告", Exclusion.TESTING, "检验检测", Exclusion.INSPECTION,
            "现场核查", Exclusion.QUARANTINE, "检疫", Exclusion.EXPERT_EVALUATION, "专家评审"));

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；\\s]+");
    private static final Pattern BASIS = Pattern.compile("(《[^《》]+》)\\s*(.+)");
    private static final String DAYS = "(\\d{1,4})(?:个)?(工作日|日|天|自然日|WORKING_DAYS|CALENDAR_DAYS)";
    /** 20个工作日, or 20个工作日，可延长10个工作日 (the most by which it may be extended, in the same count). */
    private static final Pattern LIMIT = Pattern.compile(DAYS + "(?:[，,;；]?可延长" + DAYS + ")?");

    private CatalogueSheet() {
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("code", "事项编码");
        c.put("version", "版本");
        c.put("type", "事项类型");
        c.put("name", "事项名称");
        c.put("legalBasis", "设定依据");
        c.put("levels", "行使层级");
        c.put("kinds", "实施机构类别");
        c.put("statutoryLimit", "法定时限");
        c.put("promisedLimit", "承诺时限");
        c.put("excluded", "不计入时限的期间");
        c.put("discretion", "自由裁量基准");
        c.put("responsibleUnit", "责任单位");
        c.put("accountability", "追责依据");
        c.put("status", "状态");
        return c;
    }

    public static List<SheetRow> read(String filename, byte[] content, int maxRows) {
        return SheetReader.read(filename, content, LAYOUT, maxRows);
    }

    /** One row read: the item's content and version, or the faults of its cells (each at the row and column). */
    public record Parsed(ItemContent content, int version, List<FieldViolation> faults) {
    }

    public static Parsed parse(SheetRow row) {
        List<FieldViolation> faults = new ArrayList<>();
        int n = row.number();
        String code = cell(row, "code").toUpperCase(Locale.ROOT);
        int version = 0;
        try {
            version = Integer.parseInt(cell(row, "version"));
            if (version < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            faults.add(fault(n, "version", "E4140", "power.import.version.invalid", cell(row, "version")));
        }
        PowerType type = label(TYPES, cell(row, "type"), PowerType.class);
        if (type == null) {
            faults.add(fault(n, "type", "E4141", "power.import.type.unknown", cell(row, "type")));
        }
        List<LegalBasis> bases = new ArrayList<>();
        for (String piece : cell(row, "legalBasis").split("[;；\\n]+")) {
            if (piece.isBlank()) {
                continue;
            }
            Matcher m = BASIS.matcher(piece.strip());
            if (m.matches()) {
                bases.add(new LegalBasis(m.group(1), m.group(2).strip()));
            } else {
                faults.add(fault(n, "legalBasis", "E4142", "power.import.legalBasis.unreadable", piece.strip()));
            }
        }
        Set<DivisionLevel> levels = labels(LEVELS, row, "levels", DivisionLevel.class, faults, "E4143",
                "power.import.level.unknown");
        Set<OrganisationKind> kinds = labels(KINDS, row, "kinds", OrganisationKind.class, faults, "E4144",
                "power.import.kind.unknown");
        Set<Exclusion> excluded = labels(EXCLUDED, row, "excluded", Exclusion.class, faults, "E4145",
                "power.import.excluded.unknown");
        TimeLimit statutory = limit(row, "statutoryLimit", faults);
        TimeLimit promised = limit(row, "promisedLimit", faults);
        List<DiscretionRange> discretion = new ArrayList<>();
        for (String line : cell(row, "discretion").split("\\R+")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("[：:]", 2);
            if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                discretion.add(new DiscretionRange(parts[0].strip(), parts[1].strip()));
            } else {
                faults.add(fault(n, "discretion", "E4146", "power.import.discretion.unreadable", line.strip()));
            }
        }
        ItemContent content = new ItemContent(code, type, cell(row, "name"), bases, levels, kinds, statutory,
                promised, excluded, discretion, cell(row, "responsibleUnit"), cell(row, "accountability"));
        return new Parsed(content, version, faults);
    }

    /** The cells of one version, by field, as {@link #parse} reads them. */
    public static Map<String, String> format(ItemContent c, int version, String status) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("code", c.code());
        cells.put("version", Integer.toString(version));
        cells.put("type", TYPES.get(c.type()));
        cells.put("name", c.name());
        cells.put("legalBasis", c.legalBases().stream().map(LegalBasis::toString).collect(Collectors.joining("；")));
        cells.put("levels", joined(LEVELS, c.levels()));
        cells.put("kinds", joined(KINDS, c.kinds()));
        cells.put("statutoryLimit", limitText(c.statutoryLimit()));
        cells.put("promisedLimit", limitText(c.promisedLimit()));
        cells.put("excluded", joined(EXCLUDED, c.excluded()));
        cells.put("discretion", c.discretion().stream().map(d -> d.circumstance() + "：" + d.range())
                .collect(Collectors.joining("\n")));
        cells.put("responsibleUnit", c.responsibleUnit());
        cells.put("accountability", c.accountability());
        cells.put("status", status);
        return cells;
    }

    public static String limitText(TimeLimit limit) {
        if (limit == null) {
            return "";
        }
        String unit = limit.count() == TimeLimit.DayCount.WORKING_DAYS ? "个工作日" : "日";
        return limit.days() + unit + (limit.maximumExtension() == 0 ? "" : "，可延长" + limit.maximumExtension() + unit);
    }

    private static <E extends Enum<E>> String joined(Map<E, String> labels, Set<E> values) {
        return values.stream().sorted().map(labels::get).collect(Collectors.joining("、"));
    }

    private static TimeLimit limit(SheetRow row, String field, List<FieldViolation> faults) {
        String raw = cell(row, field);
        if (raw.isEmpty() || raw.equals("无")) {
            return null;
        }
        Matcher m = LIMIT.matcher(raw.replace(" ", ""));
        if (!m.matches()) {
            faults.add(fault(row.number(), field, "E4147", "power.import.limit.unreadable", raw));
            return null;
        }
        boolean working = isWorking(m.group(2));
        int days = Integer.parseInt(m.group(1));
        int extension = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (days < 1 || m.group(3) != null && isWorking(m.group(4)) != working) {
            faults.add(fault(row.number(), field, "E4147", "power.import.limit.unreadable", raw));
            return null;
        }
        return new TimeLimit(days, working ? TimeLimit.DayCount.WORKING_DAYS : TimeLimit.DayCount.CALENDAR_DAYS,
                extension);
    }

    private static boolean isWorking(String unit) {
        return unit.equals("工作日") || unit.equals("WORKING_DAYS");
    }

    private static <E extends Enum<E>> Set<E> labels(Map<E, String> labels, SheetRow row, String field,
                                                     Class<E> type, List<FieldViolation> faults, String code,
                                                     String key) {
        Set<E> out = EnumSet.noneOf(type);
        for (String piece : LIST_SEPARATOR.split(cell(row, field))) {
            if (piece.isBlank()) {
                continue;
            }
            E value = label(labels, piece, type);
            if (value == null) {
                faults.add(fault(row.number(), field, code, key, piece));
            } else {
                out.add(value);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E label(Map<E, String> labels, String raw, Class<E> type) {
        String text = raw.strip();
        for (Map.Entry<E, String> e : labels.entrySet()) {
            if (e.getValue().equals(text) || e.getKey().name().equalsIgnoreCase(text)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String cell(SheetRow row, String field) {
        String v = row.get(field);
        return v == null ? "" : v.strip();
    }

    private static FieldViolation fault(int row, String field, String code, String key, Object... args) {
        return new FieldViolation(row, field, new Violation(code, key, args));
    }
}
