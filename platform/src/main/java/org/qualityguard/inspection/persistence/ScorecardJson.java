package org.qualityguard.inspection.persistence;

import java.util.ArrayList;
import java.util.List;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.LotCount;
import org.qualityguard.risk.ScoreFactor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scorecard as stored with its lot: each factor's key, message key, typed arguments and points. An argument is a
 * JSON number or string, {@code {"cell": {...}}}, {@code {"lots": n}} or an array of these, so that it reads back as
 * the type the engine gave it and is worded again in whatever language a later reader uses.
 */
final class ScorecardJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScorecardJson() {
    }

    static String write(List<ScoreFactor> factors) {
        ArrayNode out = JSON.createArrayNode();
        for (ScoreFactor f : factors) {
            ObjectNode o = out.addObject();
            o.put("factor", f.factor());
            o.put("messageKey", f.messageKey());
            ArrayNode args = o.putArray("arguments");
            f.arguments().forEach(a -> args.add(argument(a)));
            o.put("points", f.points());
        }
        return JSON.writeValueAsString(out);
    }

    private static JsonNode argument(Object a) {
        if (a instanceof Cell c) {
            return JSON.createObjectNode().set("cell", JSON.valueToTree(c));
        }
        if (a instanceof LotCount n) {
            return JSON.createObjectNode().put("lots", n.value());
        }
        if (a instanceof List<?> list) {
            ArrayNode items = JSON.createArrayNode();
            list.forEach(x -> items.add(argument(x)));
            return items;
        }
        if (a instanceof Long || a instanceof Integer) {
            return JSON.getNodeFactory().numberNode(((Number) a).longValue());
        }
        if (a instanceof Number n) {
            return JSON.getNodeFactory().numberNode(n.doubleValue());
        }
        return JSON.getNodeFactory().stringNode(a.toString());
    }

    static List<ScoreFactor> read(String json) {
        List<ScoreFactor> factors = new ArrayList<>();
        for (JsonNode f : JSON.readTree(json)) {
            List<Object> args = new ArrayList<>();
            f.path("arguments").forEach(a -> args.add(value(a)));
            factors.add(new ScoreFactor(f.get("factor").asString(), f.get("messageKey").asString(), args,
                    f.get("points").asInt()));
        }
        return factors;
    }

    private static Object value(JsonNode a) {
        if (a.isArray()) {
            List<Object> items = new ArrayList<>();
            a.forEach(x -> items.add(value(x)));
            return items;
        }
        if (a.has("cell")) {
            JsonNode c = a.get("cell");
            return new Cell(CellKind.valueOf(c.get("kind").asString()), text(c, "hsPrefix"), text(c, "origin"),
                    text(c, "consignee"), text(c, "manufacturer"));
        }
        if (a.has("lots")) {
            return new LotCount(a.get("lots").asDouble());
        }
        if (a.isIntegralNumber()) {
            return a.asLong();
        }
        return a.isNumber() ? (Object) a.asDouble() : a.asString();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
