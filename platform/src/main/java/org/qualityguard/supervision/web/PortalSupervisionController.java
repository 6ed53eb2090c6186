package org.qualityguard.supervision.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.identity.Divisions;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.InspectionRecords;
import org.qualityguard.supervision.PlanView;
import org.qualityguard.supervision.PublishedResult;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "one public" on the portal, as pages: published plans (which enterprises were drawn, in which month, and the
 * units falling due) and approved inspection results. Only the enterprise's registered name and code, the division,
 * the dates and the conclusions are shown; inspectors, grades, free-text findings and photos stay in the console.
 */
@Controller
class PortalSupervisionController {

    static final int RESULTS_SHOWN = 200;

    private final InspectionPlans plans;
    private final InspectionRecords records;
    private final EnterpriseDirectory enterprises;
    private final Divisions divisions;

    PortalSupervisionController(InspectionPlans plans, InspectionRecords records, EnterpriseDirectory enterprises,
                                Divisions divisions) {
        this.plans = plans;
        this.records = records;
        this.enterprises = enterprises;
        this.divisions = divisions;
    }

    @GetMapping(path = "/portal/supervision/plans", produces = MediaType.TEXT_HTML_VALUE)
    String plans(Model model) {
        model.addAttribute("plans", plans.publishedPlans());
        model.addAttribute("divisionNames", divisions);
        return "portal/supervision-plans";
    }

    @GetMapping(path = "/portal/supervision/plans/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String plan(@PathVariable long id, Model model) {
        PlanView plan = plans.published(id);
        model.addAttribute("plan", plan);
        model.addAttribute("enterpriseNames", names(plan.inspections().stream().map(PlanView.Inspection::creditCode)
                .distinct().toList()));
        model.addAttribute("divisionNames", divisions);
        return "portal/supervision-plan";
    }

    @GetMapping(path = "/portal/supervision/results", produces = MediaType.TEXT_HTML_VALUE)
    String results(Model model) {
        List<PublishedResult> results = records.publishedResults(RESULTS_SHOWN);
        model.addAttribute("results", results);
        model.addAttribute("enterpriseNames", names(results.stream().map(PublishedResult::creditCode).distinct()
                .toList()));
        model.addAttribute("divisionNames", divisions);
        return "portal/supervision-results";
    }

    private Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        enterprises.findAll(codes).forEach((code, card) -> names.put(code, card.name()));
        return names;
    }
}
