package org.qualityguard.sampling.web;

import org.qualityguard.sampling.Samples;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public's view of supervisory sampling: results published once nothing can change them. */
@Controller
class PortalSamplingController {

    private final Samples samples;

    PortalSamplingController(Samples samples) {
        this.samples = samples;
    }

    @GetMapping(path = "/portal/sampling/results", produces = MediaType.TEXT_HTML_VALUE)
    String results(Model model) {
        model.addAttribute("results", samples.published());
        return "portal/sampling-results";
    }
}
