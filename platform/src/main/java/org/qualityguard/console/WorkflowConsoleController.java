package org.qualityguard.console;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.Workflows;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every workflow of the platform as its transition table and its state diagram: what may happen to what, and who. */
@Controller
class WorkflowConsoleController {

    /** One workflow as shown: its name, its diagram, its table. */
    record Shown(Workflow<?> workflow, String title, String svg, List<Row> rows) {
    }

    /** One edge of a table as read: states, command and guard by their labels, the guard and event as identifiers. */
    record Row(String from, String command, String guardLabel, String guard, String to, String event) {
    }

    private final AccessPolicy access;
    private final MessageSource labels;

    WorkflowConsoleController(AccessPolicy access, MessageSource labels) {
        this.access = access;
        this.labels = labels;
    }

    @GetMapping("/console/workflows")
    String workflows(@AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
        access.require(user, Permission.READ_SUPERVISION);
        List<Shown> shown = Workflows.all().stream()
                .map(w -> shown(w, locale)).toList();
        model.addAttribute("workflows", shown);
        model.addAttribute("section", "workflows");
        return "console/workflows";
    }

    private <S extends Enum<S>> Shown shown(Workflow<S> workflow, Locale locale) {
        Function<String, String> label = key -> label(workflow, key, locale);
        List<Row> rows = workflow.table().stream().map(t -> new Row(label.apply("workflow.state." + t.from().name()),
                label.apply("workflow.command." + t.command()), label.apply("permission." + t.guard()), t.guard(),
                label.apply("workflow.state." + t.to().name()), t.event())).toList();
        return new Shown(workflow, labels.getMessage("workflow." + workflow.name(), null, workflow.name(), locale),
                WorkflowDiagram.svg(workflow, label), rows);
    }

    /**
     * A label of the workflow's own first ({@code workflow.plan.command.supersede}: a plan is drawn again, an item
     * is replaced by its amendment), else the one all workflows share ({@code workflow.command.supersede}).
     */
    private String label(Workflow<?> workflow, String key, Locale locale) {
        String shared = labels.getMessage(key, null, key, locale);
        return key.startsWith("workflow.")
                ? labels.getMessage("workflow." + workflow.name() + key.substring("workflow".length()), null, shared,
                        locale)
                : shared;
    }
}
