package org.qualityguard.console;

import java.util.List;
import java.util.Locale;

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
    record Shown(Workflow<?> workflow, String svg) {
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
                .map(w -> new Shown(w, draw(w, locale))).toList();
        model.addAttribute("workflows", shown);
        model.addAttribute("section", "workflows");
        return "console/workflows";
    }

    private <S extends Enum<S>> String draw(Workflow<S> workflow, Locale locale) {
        return WorkflowDiagram.svg(workflow, key -> labels.getMessage(key, null, key, locale));
    }
}
