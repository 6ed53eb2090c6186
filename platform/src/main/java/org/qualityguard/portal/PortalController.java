package org.qualityguard.portal;

import java.util.Set;

import org.qualityguard.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public portal's frame, as the seed's page has it: header, navigation, footer with contact, about, links,
 * copyright and the staff sign-in. Sections with nothing published yet say so.
 */
@Controller
class PortalController {

    static final Set<String> PAGES = Set.of("about", "contact", "links", "copyright");
    static final Set<String> SECTIONS = Set.of("news", "results", "power", "hearings", "standards", "complaints",
            "certificates", "report");

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", "home");
        return "portal/home";
    }

    /** A section of the portal; until its part of the platform publishes something, it says nothing is published. */
    @GetMapping("/portal/section/{section}")
    String section(@PathVariable String section, Model model) {
        if (!SECTIONS.contains(section)) {
            throw new NotFoundException("section", section);
        }
        if (section.equals("complaints")) {
            // the sampling module's public form and tracking page
            return "redirect:/portal/complaints";
        }
        model.addAttribute("section", section);
        return "portal/section";
    }

    @GetMapping("/portal/{page}")
    String page(@PathVariable String page, Model model) {
        if (!PAGES.contains(page)) {
            throw new NotFoundException("page", page);
        }
        model.addAttribute("page", page);
        return "portal/page";
    }
}
