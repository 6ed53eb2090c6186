package org.qualityguard.console;

import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The console's home and the pages of parts not yet built, which say so rather than show anything invented. */
@Controller
class ConsoleController {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String home(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("section", "home");
        return "console/home";
    }

    @GetMapping("/console/parts/{key}")
    String part(@PathVariable String key, Model model) {
        ProductPart part = ProductPart.byKey(key).orElseThrow(() -> new NotFoundException("part", key));
        model.addAttribute("part", part);
        model.addAttribute("section", part.key());
        return "console/part";
    }
}
