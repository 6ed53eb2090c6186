package org.qualityguard.supervision.web;

import org.qualityguard.identity.Divisions;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.InspectionRecords;
import org.qualityguard.supervision.PublicPlan;
import org.qualityguard.supervision.PublicResult;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "one public" on the portal, as pages only: published plans (which enterprises were drawn, in which month, and
 * the units falling due) and approved inspection results. The pages are built from {@link PublicPlan} and
 * {@link PublicResult}, which have no place for inspectors, grades, seeds, free-text findings or photos; and there
 * is no JSON of them (an Accept other than HTML is answered 406), so no integration comes to depend on one.
 */
@Controller
class PortalSupervisionController {

    static final int RESULTS_SHOWN = 200;

    private final InspectionPlans plans;
    private final InspectionRecords records;
    private final Divisions divisions;

    PortalSupervisionController(InspectionPlans plans, InspectionRecords records, Divisions divisions) {
        this.plans = plans;
        this.records = records;
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
        model.addAttribute("plan", plans.published(id));
        model.addAttribute("divisionNames", divisions);
        return "portal/supervision-plan";
    }

    @GetMapping(path = "/portal/supervision/results", produces = MediaType.TEXT_HTML_VALUE)
    String results(Model model) {
        model.addAttribute("results", records.publishedResults(RESULTS_SHOWN));
        model.addAttribute("divisionNames", divisions);
        return "portal/supervision-results";
    }
}
