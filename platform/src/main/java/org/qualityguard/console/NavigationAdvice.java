package org.qualityguard.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.LotDecisions;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every console page draws the same frame: the parts of the product the reader may use, in order, and the trail
 * of pages above the one shown.
 */
@ControllerAdvice
class NavigationAdvice {

    private final MessageSource messages;
    private final LotDecisions lots;
    private final AccessPolicy access;

    NavigationAdvice(MessageSource messages, LotDecisions lots, AccessPolicy access) {
        this.messages = messages;
        this.lots = lots;
        this.access = access;
    }

    /** One step of the trail: a page above the current one, by its name in the reader's language. */
    public record Crumb(String label, String href) {
    }

    @ModelAttribute
    void navigation(@AuthenticationPrincipal StaffUser user, HttpServletRequest request, Locale locale, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/console")) {
            return;
        }
        model.addAttribute("parts", user == null ? List.of() : visibleParts(user));
        model.addAttribute("crumbs", crumbs(path, messages, locale));
    }

    /**
     * The parts this reader has a use for: a built part only if the reader holds a permission its pages serve, and the
     * inspection of import/export lots only where the reader's division has a bureau (a county without a port sees
     * no empty worklist). Parts not built yet are listed for everyone, saying so, as the product's plan.
     */
    private List<ProductPart> visibleParts(StaffUser user) {
        List<ProductPart> visible = new ArrayList<>();
        for (ProductPart part : ProductPart.values()) {
            boolean usable = !part.built() || part.uses().isEmpty()
                    || part.uses().stream().anyMatch(p -> access.holds(user, p));
            if (usable && part == ProductPart.RISK_WARNING) {
                usable = !lots.bureausOf(user).isEmpty();
            }
            if (usable) {
                visible.add(part);
            }
        }
        return visible;
    }

    /**
     * The pages above {@code path}: each leading part of the path that names a page has a message key
     * {@code crumb.<segments joined by dots>} (crumb.console.supervision.plans for /console/supervision/plans);
     * segments without one (ids, codes, folders that are no page) are passed over. The page itself is not among
     * them: the layout shows its title as the last step.
     */
    static List<Crumb> crumbs(String path, MessageSource messages, Locale locale) {
        String[] segments = path.replaceAll("/+$", "").split("/");
        List<Crumb> crumbs = new ArrayList<>();
        StringBuilder href = new StringBuilder();
        StringBuilder key = new StringBuilder("crumb");
        for (int i = 1; i < segments.length - 1; i++) {
            href.append('/').append(segments[i]);
            key.append('.').append(segments[i]);
            String label = messages.getMessage(key.toString(), null, null, locale);
            if (label != null) {
                crumbs.add(new Crumb(label, href.toString()));
            }
        }
        return crumbs;
    }
}
