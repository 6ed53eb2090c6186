package org.qualityguard.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry as a person reads it: the actor ("system" as the platform), the action by its label, and the states
 * before and after as a table of fields — each field by its label, a value that is a code (a role, a category, a
 * status) by its label — rather than the JSON kept on the chain.
 */
@Component
public class AuditEntries {

    /** The actor of what the platform does by itself (first grades, yearly re-grades, tables it installs). */
    public static final String SYSTEM = "system";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Fields whose values are codes of a family that already has labels. */
    private static final Map<String, String> VALUE_LABELS = Map.of("roles", "role.", "categories", "category.",
            "category", "category.", "status", "plan.status.", "regime", "regime.", "kind", "kind.",
            "outcome", "result.", "result", "result.", "severity", "severity.", "cause", "grade.cause.");

    private final MessageSource messages;

    AuditEntries(MessageSource messages) {
        this.messages = messages;
    }

    /** One field of an entry: its name, its label, and its value before and after as shown ("" where absent). */
    public record Field(String name, String label, String before, String after) {
    }

    public String actor(AuditEntry e, Locale locale) {
        return SYSTEM.equals(e.actor()) ? messages.getMessage("audit.actor.system", null, locale) : e.actor();
    }

    public String action(AuditEntry e, Locale locale) {
        return actionLabel(e.action(), locale);
    }

    /** An action's label, e.g. for the trail's filter by action. */
    public String actionLabel(String action, Locale locale) {
        return messages.getMessage("audit.action." + action, null, action, locale);
    }

    public String subjectType(AuditEntry e, Locale locale) {
        return messages.getMessage("audit.subject." + e.subjectType(), null, e.subjectType(), locale);
    }

    public List<Field> fields(AuditEntry e, Locale locale) {
        JsonNode before = tree(e.beforeState());
        JsonNode after = tree(e.afterState());
        Set<String> names = new LinkedHashSet<>();
        before.propertyNames().forEach(names::add);
        after.propertyNames().forEach(names::add);
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(new Field(name, label(name, locale), value(name, before.get(name), locale),
                    value(name, after.get(name), locale)));
        }
        return fields;
    }

    /** A stored state of one object (e.g. the parameters a day was decided with) as labelled fields and values. */
    public List<Field> stateOf(String json, Locale locale) {
        JsonNode state = tree(json);
        List<Field> fields = new ArrayList<>();
        for (String name : state.propertyNames()) {
            fields.add(new Field(name, label(name, locale), "", value(name, state.get(name), locale)));
        }
        return fields;
    }

    /** A field's label, e.g. for a scoring rule's fact (scale, failedInspection). */
    public String label(String field, Locale locale) {
        String general = messages.getMessage("field." + field, null, field, locale);
        return messages.getMessage("audit.field." + field, null, general, locale);
    }

    /** A value as a person reads it, e.g. a scoring rule's value (MEDIUM, YES, or * for any). */
    public String valueOf(String field, String value, Locale locale) {
        if (value == null) {
            return "";
        }
        String common = messages.getMessage("audit.value." + value, null, value, locale);
        String family = VALUE_LABELS.get(field);
        String labelled = family == null ? common : messages.getMessage(family + value, null, common, locale);
        return messages.getMessage("audit.value." + field + "." + value, null, labelled, locale);
    }

    private static JsonNode tree(String json) {
        JsonNode node = json == null || json.isBlank() ? null : JSON.readTree(json);
        return node == null || !node.isObject() ? JSON.createObjectNode() : node;
    }

    private String value(String field, JsonNode v, Locale locale) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(value(field, x, locale)));
            return String.join(messages.getMessage("audit.list.separator", null, locale), items);
        }
        if (v.isObject()) {
            // a nested value (e.g. a clock's time limit) reads as its labelled parts, not as JSON
            List<String> parts = new ArrayList<>();
            v.properties().forEach(p -> parts.add(label(p.getKey(), locale) + " " + value(p.getKey(), p.getValue(), locale)));
            return String.join(messages.getMessage("audit.list.separator", null, locale), parts);
        }
        if (v.isBoolean()) {
            return messages.getMessage(v.asBoolean() ? "audit.value.yes" : "audit.value.no", null, locale);
        }
        return valueOf(field, v.asString(), locale);
    }
}
