package org.qualityguard.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page the links of its list ({@code ${links}}), so that no controller builds them by hand. */
@ControllerAdvice(annotations = Controller.class)
class ListLinksAdvice {

    @ModelAttribute("links")
    ListLinks links(HttpServletRequest request) {
        return new ListLinks(request);
    }
}
