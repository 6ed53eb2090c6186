package org.qualityguard.power.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.CatalogueExport;
import org.qualityguard.power.DraftingPowerItem;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.ImportingPowerCatalogue;
import org.qualityguard.power.MovingPowerItem;
import org.qualityguard.power.PowerCatalogue;
import org.qualityguard.power.PowerItemView;
import org.qualityguard.power.PowerType;
import org.qualityguard.power.domain.ItemRules;
import org.qualityguard.power.domain.ItemStatus;
import org.qualityguard.power.importing.CatalogueSheet;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.shared.clock.TimeLimit;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The power catalogue in the console: the list, an item with its versions and lifecycle (the moves the reader may
 * make), the form that drafts an item or amends one in force, import and export.
 */
@Controller
@RequestMapping("/console/power")
class PowerConsoleController {

    private final PowerCatalogue catalogue;
    private final DraftingPowerItem drafting;
    private final MovingPowerItem moving;
    private final ImportingPowerCatalogue importing;
    private final CatalogueExport export;
    private final ViolationMessages messages;
    private final MessageSource labels;
    private final AccessPolicy access;

    PowerConsoleController(PowerCatalogue catalogue, DraftingPowerItem drafting, MovingPowerItem moving,
                           ImportingPowerCatalogue importing, CatalogueExport export, ViolationMessages messages,
                           MessageSource labels, AccessPolicy access) {
        this.catalogue = catalogue;
        this.drafting = drafting;
        this.access = access;
        this.moving = moving;
        this.importing = importing;
        this.export = export;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) PowerType type,
                @RequestParam(required = false) String name, Model model) {
        model.addAttribute("section", "power");
        model.addAttribute("items", catalogue.list(user, type, name));
        model.addAttribute("types", PowerType.values());
        model.addAttribute("type", type);
        model.addAttribute("name", name);
        return "power/items";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) PowerType type,
                @RequestParam(required = false) String name, Locale locale, HttpServletResponse response)
            throws IOException {
        export.writeXlsx(user, type, name, locale, SheetDownload.start(response, "power-catalogue",
                labels.getMessage("power.catalogue.title", null, locale)));
    }

    @GetMapping("/items/{id}")
    String item(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        PowerItemView item = catalogue.get(user, id);
        ItemStatus status = ItemStatus.valueOf(item.status());
        model.addAttribute("section", "power");
        model.addAttribute("item", item);
        model.addAttribute("versions", catalogue.versions(user, id));
        model.addAttribute("workflow", ItemStatus.WORKFLOW.table());
        // the moves the reader may make; the use case checks them again, at the catalogue's division
        model.addAttribute("commands", ItemStatus.WORKFLOW.table().stream()
                .filter(t -> t.from() == status && ItemStatus.COMMANDS.contains(t.command()))
                .map(t -> t.command())
                .filter(c -> access.holds(user, MovingPowerItem.permissionFor(c))).toList());
        model.addAttribute("amendable", status.inForce() && access.holds(user, Permission.DRAFT_POWER_ITEM));
        return "power/item";
    }

    @GetMapping("/new")
    String newItem(@AuthenticationPrincipal StaffUser user, Model model) {
        access.require(user, Permission.DRAFT_POWER_ITEM);
        return form(model, PowerItemForm.blank(), null, null);
    }

    @PostMapping("/items")
    String draft(@AuthenticationPrincipal StaffUser user, @ModelAttribute PowerItemForm form, Model model,
                 RedirectAttributes redirect) {
        return submit(user, form, null, model, redirect);
    }

    @GetMapping("/items/{id}/amend")
    String amendForm(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        access.require(user, Permission.DRAFT_POWER_ITEM);
        PowerItemView item = catalogue.get(user, id);
        return form(model, PowerItemForm.of(item.content()), item, null);
    }

    @PostMapping("/items/{id}/amend")
    String amend(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @ModelAttribute PowerItemForm form,
                 Model model, RedirectAttributes redirect) {
        PowerItemView item = catalogue.get(user, id);
        // the code of an amendment is the item's, whatever the form says
        PowerItemForm same = new PowerItemForm(item.code(), form.type(), form.name(), form.legalBases(),
                form.levels(), form.kinds(), form.statutoryDays(), form.statutoryCount(), form.statutoryExtension(),
                form.promisedDays(), form.promisedCount(), form.excluded(), form.discretion(),
                form.responsibleUnit(), form.accountability());
        return submit(user, same, item, model, redirect);
    }

    /**
     * Drafts (or, with the version amended, amends) from the form: the sheet's reading of the fields, the item's
     * rules on what could be read, then the use case; refused, the form again with each message by its field.
     */
    private String submit(StaffUser user, PowerItemForm form, PowerItemView amended, Model model,
                          RedirectAttributes redirect) {
        CatalogueSheet.Parsed parsed = form.read();
        List<FieldViolation> faults = new ArrayList<>(parsed.faults());
        try {
            if (!faults.isEmpty()) {
                Set<String> unread = faults.stream().map(FieldViolation::field).collect(Collectors.toSet());
                ItemRules.check(parsed.content()).stream().filter(f -> !unread.contains(f.field()))
                        .forEach(faults::add);
                throw new ValidationException(faults);
            }
            ItemContent content = parsed.content();
            PowerItemView drafted = amended == null ? drafting.draft(user, content) : drafting.amend(user, content);
            redirect.addFlashAttribute("notice", amended == null ? "power.form.drafted" : "power.form.amended");
            return "redirect:/console/power/items/" + drafted.id();
        } catch (ValidationException e) {
            model.addAttribute("codes", e.violations().stream().collect(Collectors.toMap(
                    v -> v.field() == null ? "form" : v.field(), v -> v.violation().code(), (a, b) -> a)));
            return form(model, form, amended, messages.byField(e.violations()));
        }
    }

    private String form(Model model, PowerItemForm form, PowerItemView amended, Object errors) {
        model.addAttribute("section", "power");
        model.addAttribute("form", form);
        model.addAttribute("amended", amended);
        model.addAttribute("errors", errors);
        model.addAttribute("types", PowerType.values());
        model.addAttribute("levelOptions", DivisionLevel.values());
        model.addAttribute("kindOptions", OrganisationKind.values());
        model.addAttribute("exclusionOptions", Exclusion.values());
        model.addAttribute("counts", TimeLimit.DayCount.values());
        return "power/form";
    }

    @PostMapping("/items/{id}/move")
    String move(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam String command,
                @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            moving.move(user, new MovingPowerItem.Move(id, command, reason));
            redirect.addFlashAttribute("notice", "power.moved." + command);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
        }
        return "redirect:/console/power/items/" + id;
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("section", "power");
        return "power/import";
    }

    @PostMapping("/import")
    String importFile(@AuthenticationPrincipal StaffUser user, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("section", "power");
        try {
            model.addAttribute("result", importing.importFile(user, file.getOriginalFilename(), file.getBytes()));
        } catch (ValidationException e) {
            model.addAttribute("failure", e.violations().stream().map(v -> messages.message(v.violation())).toList());
        }
        return "power/import";
    }
}
