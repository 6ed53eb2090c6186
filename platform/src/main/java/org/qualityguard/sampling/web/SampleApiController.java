package org.qualityguard.sampling.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.SampleView;
import org.qualityguard.sampling.Samples;
import org.qualityguard.sampling.domain.Verdicts;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
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

/**
 * Samples for integrations: the sampling units' systems record samples taken, laboratories (LIMS) send their results
 * item by item; errors as {code, field, message, row}.
 */
@RestController
@RequestMapping(path = "/api/v1/sampling/samples", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "sampling", description = "Supervisory samples: taking, laboratory results, objections, publication")
class SampleApiController {

    private final Samples samples;

    SampleApiController(Samples samples) {
        this.samples = samples;
    }

    @GetMapping
    @Operation(summary = "The caller's division's samples, latest taken first, by status")
    Page<SampleView> list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String status,
                          PageRequest page) {
        return samples.list(user, status, page);
    }

    @GetMapping("/{sampleNo}")
    SampleView get(@AuthenticationPrincipal StaffUser user, @PathVariable String sampleNo) {
        return samples.get(user, sampleNo);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a sample taken (under the power item of food or product sampling, which the guard "
            + "checks); 201, or 400 with E4330-E4337 and the guard's E4100-E4107")
    ResponseEntity<SampleView> take(@AuthenticationPrincipal StaffUser user, @RequestBody Samples.TakeSample sample) {
        return ResponseEntity.status(HttpStatus.CREATED).body(samples.take(user, sample));
    }

    /** One item's result: {@code value} null when not detected. */
    record ResultItem(String standard, String item, BigDecimal value, String unit) {
    }

    /** A laboratory's results of one sample. */
    record Results(LocalDate testedOn, List<ResultItem> items) {
    }

    @PostMapping(path = "/{sampleNo}/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter the laboratory's results: every item judged against the limit in force on the "
            + "sampling date, or none written (400 naming each row: E4320 unit, E4321 item, E4322 no limit in force)")
    SampleView results(@AuthenticationPrincipal StaffUser user, @PathVariable String sampleNo,
                       @RequestBody Results results) {
        List<Verdicts.Measurement> items = results.items() == null ? List.of() : results.items().stream()
                .map(i -> new Verdicts.Measurement(i.standard(), i.item(), i.value(), i.unit())).toList();
        return samples.enterResults(user, sampleNo, items, results.testedOn());
    }
}
