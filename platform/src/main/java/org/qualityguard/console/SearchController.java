package org.qualityguard.console;

import org.qualityguard.identity.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results of the header's search box, grouped by kind. */
@Controller
class SearchController {

    private final ConsoleSearch search;

    SearchController(ConsoleSearch search) {
        this.search = search;
    }

    @GetMapping("/console/search")
    String results(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String q, Model model) {
        String query = q.strip();
        model.addAttribute("section", "search");
        model.addAttribute("searchQuery", query);
        model.addAttribute("tooLong", query.length() > ConsoleSearch.MAX_QUERY);
        model.addAttribute("maxQuery", ConsoleSearch.MAX_QUERY);
        if (!query.isEmpty() && query.length() <= ConsoleSearch.MAX_QUERY) {
            model.addAttribute("hits", search.search(user, query));
        }
        return "console/search";
    }
}
