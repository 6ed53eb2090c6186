package org.qualityguard.enterprise.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualityguard.enterprise.EnterpriseExport;
import org.qualityguard.enterprise.EnterpriseFilter;
import org.qualityguard.enterprise.EnterpriseImport;
import org.qualityguard.enterprise.EnterpriseRegistry;
import org.qualityguard.enterprise.ImportMode;
import org.qualityguard.enterprise.ImportProgress;
import org.qualityguard.enterprise.ImportResult;
import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseDraft;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
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

/** The registry for integrations: the same rules and scope as the console, errors as {code, field, message}. */
@RestController
@RequestMapping(path = "/api/v1/enterprises", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "enterprises", description = "The enterprise registry, scoped to the caller's division")
class EnterpriseApiController {

    private final EnterpriseRegistry registry;
    private final EnterpriseImport importer;
    private final Divisions divisions;
    private final ViolationMessages messages;
    private final EnterpriseExport export;

    EnterpriseApiController(EnterpriseRegistry registry, EnterpriseImport importer, EnterpriseExport export,
                            Divisions divisions,
                            ViolationMessages messages) {
        this.registry = registry;
        this.export = export;
        this.importer = importer;
        this.divisions = divisions;
        this.messages = messages;
    }

    /** An enterprise on the wire. {@code version} must be sent back unchanged with an update. */
    record EnterpriseJson(String creditCode, String name, List<String> categories, String foodCategory,
                          String divisionCode, String divisionName, String address, String legalRepresentative,
                          boolean demo, int version) {
    }

    /** The body of a create or update. */
    record EnterpriseRequest(String creditCode, String name, List<String> categories, String foodCategory,
                             String divisionCode, String address, String legalRepresentative, Integer version) {

        EnterpriseDraft draft() {
            return new EnterpriseDraft(creditCode, name, categories == null ? null : String.join(";", categories),
                    foodCategory, divisionCode, address, legalRepresentative);
        }
    }

    /** {@code exactTotal} is false when more matched than were counted; {@code total} is then a lower bound. */
    /** A page; {@code nextCursor} sent back as {@code cursor} with {@code page+1} seeks instead of counting. */
    record PageJson(List<EnterpriseJson> items, int page, int size, long total, boolean exactTotal, int totalPages,
                    String sort, String dir, String previousCursor, String nextCursor) {
    }

    /** The row errors: the first {@link org.qualityguard.shared.FieldViolation#REPORTED} of {@code errorCount}. */
    record ImportJson(String filename, int rows, int created, int updated, int unchanged, int rejected,
                      boolean written, List<ApiError.Item> errors, int errorCount) {
    }

    @GetMapping
    @Operation(summary = "List enterprises within the caller's division, filtered, sorted (sort=name|code|division, "
            + "dir=asc|desc) and paged (page from 0, size, or cursor from the previous answer); format=xlsx exports")
    PageJson list(@AuthenticationPrincipal StaffUser user,
                  @RequestParam(required = false) String division,
                  @RequestParam(required = false) String category,
                  @RequestParam(required = false) String name,
                  @RequestParam(required = false) String creditCode,
                  @Parameter(hidden = true) PageRequest page) {
        Page<Enterprise> result = registry.list(user, EnterpriseFilter.parse(division, category, name, creditCode),
                page);
        return new PageJson(result.items().stream().map(this::json).toList(), result.page(), result.size(),
                result.total(), result.exactTotal(), result.totalPages(), result.sort().key(),
                result.sort().direction(), result.previousCursor(), result.nextCursor());
    }

    @GetMapping(params = "format=xlsx", produces = SheetWriter.CONTENT_TYPE)
    @Operation(summary = "The same list as .xlsx, with its filters and order; the export is audited")
    void export(@AuthenticationPrincipal StaffUser user,
                @RequestParam(required = false) String division,
                @RequestParam(required = false) String category,
                @RequestParam(required = false) String name,
                @RequestParam(required = false) String creditCode,
                @Parameter(hidden = true) PageRequest page, Locale locale, HttpServletResponse response)
            throws IOException {
        export.writeXlsx(user, EnterpriseFilter.parse(division, category, name, creditCode), page.sort(), locale,
                SheetDownload.start(response, "enterprises", "enterprises"));
    }

    @GetMapping("/{creditCode}")
    @Operation(summary = "One enterprise; 404 when it does not exist or lies outside the caller's division")
    EnterpriseJson get(@AuthenticationPrincipal StaffUser user, @PathVariable String creditCode) {
        return json(registry.get(user, creditCode));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an enterprise")
    ResponseEntity<EnterpriseJson> create(@AuthenticationPrincipal StaffUser user,
                                          @RequestBody EnterpriseRequest request) {
        Enterprise e = registry.register(user, request.draft());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/enterprises/" + e.creditCode().value()).body(json(e));
    }

    @PutMapping(path = "/{creditCode}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an enterprise; send the version you read, a stale one is refused (E2031)")
    EnterpriseJson update(@AuthenticationPrincipal StaffUser user, @PathVariable String creditCode,
                          @RequestBody EnterpriseRequest request) {
        if (request.version() == null) {
            throw new ValidationException(FieldViolation.of("version", new Violation("E2032", "enterprise.version.required")));
        }
        return json(registry.change(user, creditCode, request.draft(), request.version()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a .csv or .xlsx; all-or-nothing unless mode=VALID_ROWS_ONLY")
    ResponseEntity<ImportJson> importFile(@AuthenticationPrincipal StaffUser user,
                                          @RequestParam("file") MultipartFile file,
                                          @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        ImportResult r = importer.importFile(user, file.getOriginalFilename(), file.getBytes(), mode,
                ImportProgress.NONE);
        ImportJson body = new ImportJson(r.filename(), r.rows(), r.created(), r.updated(), r.unchanged(),
                r.rejected(), r.written(), messages.toApiError(r.errors()).errors(), r.errorCount());
        boolean refused = !r.errors().isEmpty() && mode == ImportMode.ALL_OR_NOTHING;
        return ResponseEntity.status(refused ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(body);
    }

    private EnterpriseJson json(Enterprise e) {
        return new EnterpriseJson(e.creditCode().value(), e.name(),
                e.categories().stream().map(Enum::name).sorted().toList(),
                e.foodCategory() == null ? null : e.foodCategory().name(), e.division().value(),
                divisions.fullNameOf(e.division()), e.address(), e.legalRepresentative(), e.demo(), e.version());
    }
}
