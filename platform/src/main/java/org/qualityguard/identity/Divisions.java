package org.qualityguard.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.DivisionScope;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The GB/T 2260 code table the platform ships (Jiangsu, 320000). It is reference data that changes only with a
 * release, so it is read once from the classpath and kept in memory; {@code identity.division} holds the same rows
 * so that tables can refer to them.
 */
@Component
public class Divisions {

    static final String TABLE = "divisions/jiangsu-320000.csv";
    /** The Ministry of Civil Affairs' GB/T 2260 codes for the same area; see divisions/README.md. */
    static final String ADMINISTRATIVE_CODES = "divisions/mca-jiangsu.csv";

    private final Map<String, Division> byCode;

    public Divisions() {
        this.byCode = Collections.unmodifiableMap(load());
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
    }

    public boolean exists(DivisionCode code) {
        return byCode.containsKey(code.value());
    }

    public String nameOf(DivisionCode code) {
        Division d = byCode.get(code.value());
        return d == null ? code.value() : d.name();
    }

    /** The division's name with its city's, as people write an address: 南京市玄武区. */
    public String fullNameOf(DivisionCode code) {
        Division d = byCode.get(code.value());
        if (d == null) {
            return code.value();
        }
        return d.level() == DivisionLevel.COUNTY ? nameOf(d.parent()) + d.name() : d.name();
    }

    /**
     * How a division is shown wherever one is listed or chosen: a county with its city, 南京市 鼓楼区, so that the
     * province's two 鼓楼区 (Nanjing's and Xuzhou's) and its other shared county names are told apart; a city or
     * the province by its name; a code the table does not hold as the code.
     */
    public String labelOf(DivisionCode code) {
        Division d = byCode.get(code.value());
        if (d == null) {
            return code.value();
        }
        return d.level() == DivisionLevel.COUNTY ? nameOf(d.parent()) + " " + d.name() : d.name();
    }

    /** {@link #labelOf(DivisionCode)} for a code as stored; blank for none (e.g. an audit entry of no division). */
    public String labelOf(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Division d = byCode.get(code.strip());
        return d == null ? code : labelOf(d.code());
    }

    public List<Division> all() {
        return List.copyOf(byCode.values());
    }

    /** The divisions within a scope, in code order: what a member of staff can choose from. */
    public List<Division> within(DivisionScope scope) {
        return byCode.values().stream().filter(d -> scope.includes(d.code())).toList();
    }

    public List<Division> ofLevel(DivisionLevel level) {
        return byCode.values().stream().filter(d -> d.level() == level).toList();
    }

    private static Map<String, Division> load() {
        Set<String> administrative = new HashSet<>();
        for (String[] f : rows(ADMINISTRATIVE_CODES)) {
            administrative.add(f[0]);
        }
        Map<String, Division> divisions = new LinkedHashMap<>();
        for (String[] f : rows(TABLE)) {
            DivisionCode code = new DivisionCode(f[0]);
            DivisionCode parent = f[3].isEmpty() ? code : new DivisionCode(f[3]);
            DivisionKind kind = administrative.contains(f[0]) ? DivisionKind.ADMINISTRATIVE
                    : DivisionKind.STATISTICAL_FUNCTION_ZONE;
            divisions.put(code.value(), new Division(code, f[1], DivisionLevel.valueOf(f[2]), parent, kind));
        }
        return divisions;
    }

    private static List<String[]> rows(String table) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(table).getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("The division code table " + table + " cannot be read", e);
        }
    }
}
