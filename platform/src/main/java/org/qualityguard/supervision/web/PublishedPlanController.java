package org.qualityguard.supervision.web;

import java.util.List;

import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.PlanView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "one public" of an approved plan: which enterprises were drawn, in which month, and the units falling due.
 * Inspector ids and the seed are published too, so that anyone can re-draw and check.
 */
@RestController
class PublishedPlanController {

    private final InspectionPlans plans;

    PublishedPlanController(InspectionPlans plans) {
        this.plans = plans;
    }

    record PublicPlan(long id, String divisionCode, int year, Integer month, long seed,
                      List<PlanView.Inspection> inspections, List<PlanView.DueUnit> units) {
    }

    @GetMapping(path = "/portal/supervision/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicPlan published(@PathVariable long id) {
        PlanView p = plans.published(id);
        return new PublicPlan(p.id(), p.divisionCode(), p.year(), p.month(), p.seed(), p.inspections(), p.units());
    }
}
