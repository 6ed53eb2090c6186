package org.qualityguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.qualityguard.enterprise.domain.FoodCategory;
import org.qualityguard.identity.Role;
import org.qualityguard.inspection.SelectionAudit;
import org.qualityguard.power.domain.ItemStatus;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.ScoreFactor;
import org.qualityguard.risk.SelectionReason;
import org.qualityguard.risk.WarningLevel;
import org.qualityguard.risk.scoring.Feature;
import org.qualityguard.supervision.domain.Checklist;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.support.Bundles;

/**
 * Every code the platform shows a person has a label in both bundles: roles, the audit trail's actions and subjects
 * (collected from the code that writes them), regimes, grade causes, and what the risk engine names.
 */
class CodeLabelsTest {

    private static final Pattern AUDIT_CALL = Pattern.compile("AuditRecord\\.of\\((.*?)\\);", Pattern.DOTALL);
    /** A code literal in a call that is not a value of the before or after map ({@code "operation", "READ"}). */
    private static final Pattern ACTION = Pattern.compile("(?<!\"[A-Za-z]{1,40}\", )\"([A-Z]+(?:_[A-Z]+)+)\"");
    /** A plan's transitions name their audit action after the workflow command in {@code advance}. */
    private static final Pattern PLAN_ACTION = Pattern.compile("advance\\(\\w+, \\w+, PlanStatus\\.[A-Z]+, \"([A-Z_]+)\"");
    private static final Pattern SUBJECT = Pattern.compile(
            "SUBJECT = \"([a-z-]+)\"|\"[A-Z_]+\", \"([a-z-]+)\"|missing\\(\\w+, \"([a-z-]+)\"");

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p)).append('\n');
            }
        }
        return all.toString();
    }

    private static void assertLabelled(Set<String> keys) {
        for (Path bundle : List.of(Bundles.ZH, Bundles.EN)) {
            Set<String> missing = new TreeSet<>(keys);
            Bundles.keys(bundle).forEach(missing::remove);
            assertThat(missing).as("codes without a label in %s", bundle.getFileName()).isEmpty();
        }
    }

    private static Set<String> keys(String prefix, Enum<?>[] values) {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(values).forEach(v -> keys.add(prefix + v.name()));
        return keys;
    }

    @Test
    void everyRoleHasALabel() {
        assertLabelled(keys("role.", Role.values()));
    }

    @Test
    void everyAuditActionAndSubjectWrittenByTheCodeHasALabel() throws IOException {
        String code = mainSources();
        Set<String> actions = new TreeSet<>();
        Matcher call = AUDIT_CALL.matcher(code);
        while (call.find()) {
            Matcher action = ACTION.matcher(call.group(1));
            while (action.find()) {
                actions.add("audit.action." + action.group(1));
            }
        }
        // a power item's move is audited as POWER_ITEM_ and its workflow command
        ItemStatus.WORKFLOW.table().forEach(edge ->
                actions.add("audit.action.POWER_ITEM_" + edge.command().toUpperCase(Locale.ROOT)));
        Matcher plan = PLAN_ACTION.matcher(code);
        while (plan.find()) {
            actions.add("audit.action." + plan.group(1));
        }
        Set<String> subjects = new TreeSet<>();
        Matcher subject = SUBJECT.matcher(code);
        while (subject.find()) {
            for (int g = 1; g <= 3; g++) {
                if (subject.group(g) != null) {
                    subjects.add("audit.subject." + subject.group(g));
                }
            }
        }
        // the collection must find what it judges: the trail records staff, registry, plan and warning actions
        assertThat(actions).hasSizeGreaterThan(20).contains("audit.action.STAFF_CREATED",
                "audit.action.PLAN_APPROVED", "audit.action.WARNING_CONFIRMED");
        assertThat(subjects).hasSizeGreaterThan(10).contains("audit.subject.enterprise");
        assertLabelled(actions);
        assertLabelled(subjects);
        assertLabelled(Set.of("audit.actor.system"));
    }

    @Test
    void everyFoodCategoryReadsByItsNumberAndNameOnTheAuditTrail() {
        Set<String> keys = new TreeSet<>(keys("audit.value.foodCategory.", FoodCategory.values()));
        Arrays.stream(FoodCategory.values()).forEach(c -> keys.add("audit.value.foodCategory." + c.number()));
        assertLabelled(keys);
    }

    @Test
    void everyRegimeGradeCauseAndChecklistItemHasALabel() {
        assertLabelled(keys("regime.", Regime.values()));
        assertLabelled(Set.of("grade.cause.FIRST_GRADE", "grade.cause.STATIC_FACTS", "grade.cause.EVENT",
                "grade.cause.YEARLY", "grade.cause.INSPECTION", "grade.cause.OVERRIDE",
                "grade.cause.EQUIPMENT_INSPECTION", "severity.MINOR", "severity.MAJOR"));
        Set<String> items = new TreeSet<>();
        Arrays.stream(Regime.values()).forEach(r -> Checklist.of(r).forEach(i -> items.add(Checklist.messageKey(i))));
        assertThat(items).hasSizeGreaterThan(10);
        assertLabelled(items);
        Map<String, String> zh = Bundles.texts(Bundles.ZH);
        Map<String, String> en = Bundles.texts(Bundles.EN);
        for (String item : items) {
            assertThat(zh.get(item)).as("%s in Chinese", item).containsPattern("\\p{IsHan}");
            assertThat(en.get(item)).as("%s in English", item).doesNotContainPattern("\\p{IsHan}")
                    .containsPattern("[A-Za-z]{3}");
        }
    }

    @Test
    void everythingTheRiskEngineNamesHasALabel() {
        Set<String> keys = new TreeSet<>(keys("risk.factor.", Feature.values()));
        keys.remove("risk.factor.JOINT_EFFECTS"); // counted in the lines of the cells' kinds
        keys.add("risk.factor.BASE");
        Arrays.stream(ScoreFactor.Reading.values()).forEach(r -> keys.add(r.key()));
        keys.addAll(SelectionAudit.Grounds.KEYS);
        keys.addAll(keys("inspection.cell.", CellKind.values()));
        keys.addAll(keys("inspection.warning.level.", WarningLevel.values()));
        keys.addAll(keys("inspection.hazard.", Hazard.values()));
        keys.addAll(keys("inspection.reason.", SelectionReason.values()));
        keys.addAll(List.of("risk.lots.exact", "risk.lots.about", "risk.lots.belowOne", "risk.reading.LEGACY"));
        assertLabelled(keys);
    }
}
