package org.qualityguard.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.AuditExport;
import org.qualityguard.identity.AuditFilter;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration in the console: organisations, staff accounts, API tokens, and the audit trail with its check. */
@Controller
@RequestMapping("/console/admin")
class AdminController {

    private final StaffAdministration administration;
    private final AuditTrail audit;
    private final Divisions divisions;
    private final ViolationMessages messages;
    private final Clock clock;
    private final AuditExport auditExport;
    private final MessageSource labels;

    AdminController(StaffAdministration administration, AuditTrail audit, Divisions divisions,
                    ViolationMessages messages, Clock clock, AuditExport auditExport, MessageSource labels) {
        this.auditExport = auditExport;
        this.labels = labels;
        this.administration = administration;
        this.audit = audit;
        this.divisions = divisions;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void reference(Model model, @AuthenticationPrincipal StaffUser user) {
        model.addAttribute("section", "admin");
        model.addAttribute("roles", Role.values());
        model.addAttribute("divisionNames", divisions);
        if (user != null) {
            model.addAttribute("divisions", divisions.within(user.scope()));
            model.addAttribute("organisations", administration.organisations(user));
        }
    }

    @GetMapping("/organisations")
    String organisations() {
        return "admin/organisations";
    }

    @PostMapping("/organisations")
    String createOrganisation(@AuthenticationPrincipal StaffUser user, @RequestParam String name,
                              @RequestParam String divisionCode, Model model, RedirectAttributes redirect) {
        try {
            administration.createOrganisation(user, name, divisionCode);
            redirect.addFlashAttribute("notice", "admin.organisation.created");
            return "redirect:/console/admin/organisations";
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            model.addAttribute("organisations", administration.organisations(user));
            return "admin/organisations";
        }
    }

    @GetMapping("/staff")
    String staff(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("accounts", administration.accounts(user));
        return "admin/staff";
    }

    @PostMapping("/staff")
    String createStaff(@AuthenticationPrincipal StaffUser user, @RequestParam String username,
                       @RequestParam String displayName, @RequestParam String password,
                       @RequestParam long organisationId,
                       @RequestParam(name = "roles", required = false) List<Role> roles,
                       Model model, RedirectAttributes redirect) {
        try {
            administration.createStaff(user, new StaffAdministration.NewStaff(username, displayName, password,
                    organisationId, roleSet(roles)));
            redirect.addFlashAttribute("notice", "admin.staff.created");
            return "redirect:/console/admin/staff";
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            model.addAttribute("accounts", administration.accounts(user));
            return "admin/staff";
        }
    }

    @GetMapping("/staff/{id}")
    String account(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        return accountPage(user, id, model);
    }

    @PostMapping("/staff/{id}")
    String changeAccount(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                         @RequestParam String displayName, @RequestParam long organisationId,
                         @RequestParam(name = "roles", required = false) List<Role> roles,
                         @RequestParam(defaultValue = "false") boolean enabled,
                         Model model, RedirectAttributes redirect) {
        try {
            administration.changeStaff(user, id, new StaffAdministration.StaffChange(displayName, organisationId,
                    roleSet(roles), enabled));
            redirect.addFlashAttribute("notice", "admin.staff.changed");
            return "redirect:/console/admin/staff/" + id;
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            return accountPage(user, id, model);
        }
    }

    @PostMapping("/staff/{id}/password")
    String resetPassword(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                         @RequestParam String password, Model model, RedirectAttributes redirect) {
        try {
            administration.resetPassword(user, id, password);
            redirect.addFlashAttribute("notice", "admin.staff.passwordReset");
            return "redirect:/console/admin/staff/" + id;
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            return accountPage(user, id, model);
        }
    }

    /** The new token is in this answer only (not cacheable, not in a redirect or flash): it is never shown again. */
    @PostMapping("/staff/{id}/tokens")
    String issueToken(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                      @RequestParam(defaultValue = "api") String name,
                      @RequestParam(defaultValue = "" + StaffAdministration.DEFAULT_TOKEN_DAYS) int validDays,
                      Model model, HttpServletResponse response) {
        try {
            model.addAttribute("token", administration.issueToken(user, id, name, validDays));
            response.setHeader("Cache-Control", "no-store");
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
        }
        return accountPage(user, id, model);
    }

    @PostMapping("/staff/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable long tokenId,
                       RedirectAttributes redirect) {
        administration.revokeToken(user, id, tokenId);
        redirect.addFlashAttribute("notice", "admin.staff.token.revoked");
        return "redirect:/console/admin/staff/" + id;
    }

    private String accountPage(StaffUser user, long id, Model model) {
        model.addAttribute("account", administration.account(user, id));
        model.addAttribute("tokens", administration.tokens(user, id));
        model.addAttribute("now", clock.instant());
        model.addAttribute("longestTokenDays", StaffAdministration.LONGEST_TOKEN_DAYS);
        model.addAttribute("defaultTokenDays", StaffAdministration.DEFAULT_TOKEN_DAYS);
        return "admin/account";
    }

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> params, PageRequest page,
                 @RequestParam(defaultValue = "false") boolean verify, Model model) {
        AuditFilter filter = auditFilter(params);
        model.addAttribute("page", audit.latest(user.scope(), filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("actions", audit.actions());
        if (verify) {
            model.addAttribute("verification", audit.verify());
        }
        return "admin/audit";
    }

    @GetMapping("/audit/export")
    void exportAudit(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> params,
                     PageRequest page, Locale locale, HttpServletResponse response) throws IOException {
        auditExport.writeXlsx(user, auditFilter(params), page.sort(), locale,
                SheetDownload.start(response, "audit", labels.getMessage("admin.audit", null, locale)));
    }

    static AuditFilter auditFilter(Map<String, String> params) {
        return AuditFilter.parse(params.get("actor"), params.get("action"), params.get("subjectType"),
                params.get("subjectId"), params.get("from"), params.get("to"));
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
