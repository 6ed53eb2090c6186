package org.qualityguard.equipment.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.equipment.EquipmentUnit;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.equipment.UnitExport;
import org.qualityguard.equipment.UnitImportResult;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.PageRequest;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Special-equipment units for integrations, scoped to the caller's division. */
@RestController
@RequestMapping(path = "/api/v1/equipment", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "equipment", description = "Special-equipment units, due dates and inspection cycles")
class EquipmentApiController {

    private final EquipmentRegister register;
    private final ViolationMessages messages;
    private final UnitExport export;

    EquipmentApiController(EquipmentRegister register, ViolationMessages messages, UnitExport export) {
        this.register = register;
        this.export = export;
        this.messages = messages;
    }

    /** The row errors: the first {@link org.qualityguard.shared.FieldViolation#REPORTED} of {@code errorCount}. */
    record ImportJson(String filename, int rows, int created, int updated, List<ApiError.Item> errors,
                      int errorCount) {
    }

    record DueJson(List<EquipmentUnit> items, int dueSoonDays) {
    }

    @GetMapping("/units/{registrationCode}")
    @Operation(summary = "One unit; 404 when unknown or outside the caller's division")
    EquipmentUnit get(@AuthenticationPrincipal StaffUser user, @PathVariable String registrationCode) {
        return register.get(user, registrationCode);
    }

    @GetMapping(path = "/units", params = "format=xlsx", produces = SheetWriter.CONTENT_TYPE)
    @Operation(summary = "The units within the caller's division as .xlsx, due=ALL|OVERDUE|DUE_SOON, "
            + "sort=due|code|division, dir=asc|desc; the export is audited")
    void export(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "ALL") String due,
                @Parameter(hidden = true) PageRequest page, Locale locale, HttpServletResponse response)
            throws IOException {
        export.writeXlsx(user, EquipmentRegister.DueFilter.parse(due), page.sort(), locale,
                SheetDownload.start(response, "equipment-units", "equipment-units"));
    }

    @GetMapping("/units/due")
    @Operation(summary = "Overdue units and those due within 30 days, soonest first")
    DueJson due(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "200") int limit) {
        return new DueJson(register.dueSoonOrOverdue(user, Math.min(Math.max(limit, 1), 1000)),
                EquipmentRegister.DUE_SOON_DAYS);
    }

    @PostMapping(path = "/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import units from .csv or .xlsx, all or nothing; 422 with row errors")
    ResponseEntity<ImportJson> importFile(@AuthenticationPrincipal StaffUser user,
                                          @RequestParam("file") MultipartFile file) throws IOException {
        UnitImportResult r = register.importFile(user, file.getOriginalFilename(), file.getBytes());
        ImportJson body = new ImportJson(r.filename(), r.rows(), r.created(), r.updated(),
                messages.toApiError(r.errors()).errors(), r.errorCount());
        return ResponseEntity.status(r.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(body);
    }

    @GetMapping("/cycles")
    @Operation(summary = "Months between periodic inspections per kind: [no level, level 1 … level 5]")
    Map<String, int[]> cycles(@AuthenticationPrincipal StaffUser user) {
        return register.cycles(user);
    }

    @PutMapping(path = "/cycles/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a kind's cycles (ADMIN); due dates of that kind are recomputed")
    Map<String, Integer> changeCycles(@AuthenticationPrincipal StaffUser user, @PathVariable String kind,
                                      @RequestBody int[] months) {
        return Map.of("unitsRecomputed", register.changeCycles(user, kind, months));
    }
}
