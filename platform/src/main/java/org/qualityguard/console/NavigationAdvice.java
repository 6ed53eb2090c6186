package org.qualityguard.console;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every console page draws the same navigation: the product's parts, in order. */
@ControllerAdvice
class NavigationAdvice {

    @ModelAttribute
    void navigation(Model model) {
        model.addAttribute("parts", ProductPart.values());
    }
}
