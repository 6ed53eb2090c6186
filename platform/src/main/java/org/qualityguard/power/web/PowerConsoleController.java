package org.qualityguard.power.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.CatalogueExport;
import org.qualityguard.power.ImportingPowerCatalogue;
import org.qualityguard.power.MovingPowerItem;
import org.qualityguard.power.PowerCatalogue;
import org.qualityguard.power.PowerType;
import org.qualityguard.power.domain.ItemStatus;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The power catalogue in the console: the list, an item with its versions and lifecycle, import and export. */
@Controller
@RequestMapping("/console/power")
class PowerConsoleController {

    private final PowerCatalogue catalogue;
    private final MovingPowerItem moving;
    private final ImportingPowerCatalogue importing;
    private final CatalogueExport export;
    private final ViolationMessages messages;
    private final MessageSource labels;

    PowerConsoleController(PowerCatalogue catalogue, MovingPowerItem moving, ImportingPowerCatalogue importing,
                           CatalogueExport export, ViolationMessages messages, MessageSource labels) {
        this.catalogue = catalogue;
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
        model.addAttribute("section", "power");
        model.addAttribute("item", catalogue.get(user, id));
        model.addAttribute("versions", catalogue.versions(user, id));
        model.addAttribute("workflow", ItemStatus.WORKFLOW.table());
        model.addAttribute("commands", ItemStatus.WORKFLOW.table().stream()
                .filter(t -> t.from().name().equals(catalogue.get(user, id).status())
                        && ItemStatus.COMMANDS.contains(t.command()))
                .map(t -> t.command()).toList());
        return "power/item";
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
