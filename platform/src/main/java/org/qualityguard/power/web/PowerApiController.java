package org.qualityguard.power.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.AuthorisedAct;
import org.qualityguard.power.CatalogueExport;
import org.qualityguard.power.CatalogueImport;
import org.qualityguard.power.DraftingPowerItem;
import org.qualityguard.power.ImportingPowerCatalogue;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.MovingPowerItem;
import org.qualityguard.power.PowerCatalogue;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.power.PowerItemView;
import org.qualityguard.power.PowerType;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.web.ApiError;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The power catalogue for integrations: the console's rules, scope and audit. */
@RestController
@RequestMapping(path = "/api/v1/power", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "power", description = "The administrative power catalogue: items, versions, lifecycle, import, export")
class PowerApiController {

    private final PowerCatalogue catalogue;
    private final DraftingPowerItem drafting;
    private final MovingPowerItem moving;
    private final ImportingPowerCatalogue importing;
    private final CatalogueExport export;
    private final ViolationMessages messages;
    private final PowerGuard guard;

    PowerApiController(PowerCatalogue catalogue, DraftingPowerItem drafting, MovingPowerItem moving,
                       ImportingPowerCatalogue importing, CatalogueExport export, ViolationMessages messages,
                       PowerGuard guard) {
        this.guard = guard;
        this.messages = messages;
        this.catalogue = catalogue;
        this.drafting = drafting;
        this.moving = moving;
        this.importing = importing;
        this.export = export;
    }

    record MoveRequest(String reason) {
    }

    record AuthorisationRequest(String itemCode, String division) {
    }

    @GetMapping("/items")
    @Operation(summary = "Every version of the catalogue's items, by type and a fragment of name or code")
    List<PowerItemView> list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) PowerType type,
                             @RequestParam(required = false) String name) {
        return catalogue.list(user, type, name);
    }

    @GetMapping(path = "/items", params = "format=xlsx",
            produces = SheetWriter.CONTENT_TYPE)
    @Operation(summary = "The catalogue as the province's sheet (.xlsx), which an import reads back")
    void export(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) PowerType type,
                @RequestParam(required = false) String name, Locale locale, HttpServletResponse response)
            throws IOException {
        export.writeXlsx(user, type, name, locale, SheetDownload.start(response, "power-catalogue", "power"));
    }

    @GetMapping("/items/{id}")
    PowerItemView get(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return catalogue.get(user, id);
    }

    @GetMapping("/items/{id}/versions")
    @Operation(summary = "Every version of the item's code, first to last")
    List<PowerItemView> versions(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return catalogue.versions(user, id);
    }

    @PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft a new item (version 1) in the caller's division's catalogue")
    ResponseEntity<PowerItemView> draft(@AuthenticationPrincipal StaffUser user, @RequestBody ItemContent content) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drafting.draft(user, content));
    }

    @PostMapping(path = "/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft the next version of an item in force; the version in force stays until it is published")
    ResponseEntity<PowerItemView> amend(@AuthenticationPrincipal StaffUser user, @RequestBody ItemContent content) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drafting.amend(user, content));
    }

    @PostMapping(path = "/items/{id}/{command}")
    @Operation(summary = "Move a version: review, reject, confirm, publish, suspend, resume or abolish (with a reason)")
    PowerItemView move(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable String command,
                       @RequestBody(required = false) MoveRequest request) {
        return moving.move(user, new MovingPowerItem.Move(id, command, request == null ? null : request.reason()));
    }

    /** An import's outcome; errors as {code, field, message, row}. */
    record ImportJson(String filename, int rows, int drafted, int redrafted, int unchanged,
                      List<ApiError.Item> errors, int errorCount) {
    }

    @PostMapping(path = "/authorisations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "May the caller's organisation exercise the item in the division? The guard's answer: the "
            + "version in force, or 400 with E4100-E4107 naming the item and why")
    AuthorisedAct authorise(@AuthenticationPrincipal StaffUser user, @RequestBody AuthorisationRequest request) {
        return guard.check(user, request.itemCode(), DivisionCode.parse(request.division()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the catalogue sheet (.xlsx or .csv), all or nothing, as drafts; idempotent on code "
            + "and version; 422 with the errors by row and column")
    ResponseEntity<ImportJson> importFile(@AuthenticationPrincipal StaffUser user,
                                          @RequestParam("file") MultipartFile file) throws IOException {
        CatalogueImport r = importing.importFile(user, file.getOriginalFilename(), file.getBytes());
        ImportJson body = new ImportJson(r.filename(), r.rows(), r.drafted(), r.redrafted(), r.unchanged(),
                messages.toApiError(r.errors()).errors(), r.errorCount());
        return ResponseEntity.status(r.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(body);
    }
}
