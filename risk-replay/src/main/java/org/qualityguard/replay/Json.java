package org.qualityguard.replay;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small JSON writer for the report: maps (in insertion order), lists, strings, numbers, booleans and null. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0);
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, int indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map<?, ?> map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(first ? "\n" : ",\n");
                first = false;
                pad(b, indent + 1);
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), indent + 1);
            }
            if (!first) {
                b.append('\n');
                pad(b, indent);
            }
            b.append('}');
        } else if (v instanceof List<?> list) {
            b.append('[');
            boolean first = true;
            for (Object o : list) {
                b.append(first ? "\n" : ",\n");
                first = false;
                pad(b, indent + 1);
                write(b, o, indent + 1);
            }
            if (!first) {
                b.append('\n');
                pad(b, indent);
            }
            b.append(']');
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                b.append("null");
            } else {
                b.append(String.format(Locale.ROOT, "%.6g", d).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
                        .replaceAll("\\.(e|$)", "$1"));
            }
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(b, v.toString());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static void pad(StringBuilder b, int indent) {
        b.append("  ".repeat(indent));
    }
}
