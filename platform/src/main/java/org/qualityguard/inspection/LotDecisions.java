package org.qualityguard.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.inspection.domain.LotRules;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.inspection.persistence.LotStore;
import org.qualityguard.power.Act;
import org.qualityguard.power.ActingOrganisation;
import org.qualityguard.power.PowerAct;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.LotDecision;
import org.qualityguard.risk.RiskScore;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lots in, decisions out. A lot gets the engine's decision at once and keeps it: sent again with the same id it gets
 * the stored decision back, never a second draw. A batch is all or nothing. Bureaus outside the sender's division are
 * refused like unknown ones are, and the attempt is audited.
 */
@Service
public class LotDecisions {

    static final String SUBJECT = "inspection-lot";
    public static final int MAX_BATCH = 10_000;
    private static final int LIKELY_HAZARDS = 3;

    private final EngineHost host;
    private final LotStore lots;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final TransactionTemplate transaction;
    private final Map<String, Bureau> bureaus = new HashMap<>();
    private final LotRules rules;
    private final DaySeeds seeds;
    private final Clock clock;
    private final PowerGuard guard;
    private final String inspectionItem;

    /** @param inspectionItem the power item a bureau's decision to inspect a lot exercises (进出口商品检验) */
    LotDecisions(EngineHost host, LotStore lots, Countries countries, AuditTrail audit, AccessPolicy access,
                 PlatformTransactionManager transactions, Clock clock, DaySeeds seeds, PowerGuard guard,
                 @Value("${qualityguard.power.acts.lot-inspection}") String inspectionItem) {
        this.guard = guard;
        this.inspectionItem = inspectionItem;
        this.seeds = seeds;
        this.host = host;
        this.lots = lots;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        lots.bureaus().forEach(b -> bureaus.put(b.code(), b));
        this.rules = new LotRules(countries.codes(), bureaus::containsKey);
    }

    public List<Bureau> bureausOf(StaffUser user) {
        return bureaus.values().stream().filter(b -> user.scope().includes(b.division()))
                .sorted(java.util.Comparator.comparing(b -> b.division().value())).toList();
    }

    public Optional<Bureau> bureau(String code) {
        return Optional.ofNullable(bureaus.get(code));
    }

    /**
     * Decides one lot, or returns the decision it already has. The bureau decides whether to inspect it: the bureau
     * (an inspection and quarantine bureau of its division) must pass the power guard.
     */
    @PowerAct("decision to inspect a lot")
    public DecidedLot decide(StaffUser sender, LotDeclaration declaration) {
        access.require(sender, Permission.SUBMIT_LOTS);
        Lot lot = valid(sender, declaration, 0);
        Bureau bureau = bureaus.get(lot.bureau());
        guard.authorise(sender, actOf(bureau));
        DaySeeds.Draw draw = seeds.drawFor(bureau, lot.declaredAt());
        // decided before looking for a stored decision: a resent lot is rare, and the store's key settles it below
        Decided d = host.locked(engine -> decided(engine, lot, bureau, draw));
        Instant decidedAt = clock.instant();
        if (!lots.insert(d.decision(), d.drawnOn(), bureau, d.score(), d.hazards(), sender.getUsername(),
                decidedAt)) {
            return requireVisible(sender, lots.find(lot.lotId()).orElseThrow()); // decided before: its decision stands
        }
        host.locked(engine -> {
            engine.accept(d.decision());
            return null;
        });
        return d.asStored(sender.getUsername(), decidedAt);
    }

    /** The bureau's decision to inspect, as the power guard sees it. */
    private Act actOf(Bureau bureau) {
        return new Act(inspectionItem, new ActingOrganisation(bureau.nameZh(), OrganisationKind.INSPECTION_QUARANTINE,
                bureau.division()), bureau.division());
    }

    /**
     * Decides a batch: every row is checked first, and one faulty row refuses the batch with an error per faulty row
     * (rows numbered from 1). Lots decided before keep their decision. Each bureau of the batch passes the guard.
     */
    @PowerAct("decisions to inspect lots")
    public List<DecidedLot> decideAll(StaffUser sender, List<LotDeclaration> declarations) {
        access.require(sender, Permission.SUBMIT_LOTS);
        if (declarations.size() > MAX_BATCH) {
            throw new ValidationException(FieldViolation.of("lots", new Violation("E8111",
                    "inspection.lot.batch.tooLarge", declarations.size(), MAX_BATCH)));
        }
        List<FieldViolation> faults = new ArrayList<>();
        List<Lot> valid = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < declarations.size(); i++) {
            try {
                Lot lot = valid(sender, declarations.get(i), i + 1);
                if (!ids.add(lot.lotId())) {
                    faults.add(FieldViolation.of("lotId", new Violation("E8109", "inspection.lot.id.duplicate",
                            lot.lotId())).atRow(i + 1));
                }
                valid.add(lot);
            } catch (ValidationException e) {
                faults.addAll(e.violations());
            }
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        Map<String, DecidedLot> stored = lots.findAll(ids);
        for (DecidedLot existing : stored.values()) {
            requireVisible(sender, existing);
        }
        for (String code : new java.util.TreeSet<>(valid.stream().map(Lot::bureau).toList())) {
            guard.authorise(sender, actOf(bureaus.get(code)));
        }
        Map<String, DaySeeds.Draw> draws = new HashMap<>();
        for (Lot lot : valid) {
            draws.computeIfAbsent(lot.bureau() + "|" + lot.declaredAt(),
                    k -> seeds.drawFor(bureaus.get(lot.bureau()), lot.declaredAt()));
        }
        host.locked(engine -> {
            List<Decided> fresh = new ArrayList<>();
            for (Lot lot : valid) {
                if (!stored.containsKey(lot.lotId())) {
                    fresh.add(decided(engine, lot, bureaus.get(lot.bureau()),
                            draws.get(lot.bureau() + "|" + lot.declaredAt())));
                }
            }
            List<Decided> inserted = transaction.execute(status -> {
                List<Decided> written = new ArrayList<>();
                for (Decided d : fresh) {
                    if (lots.insert(d.decision(), d.drawnOn(), bureaus.get(d.decision().lot().bureau()), d.score(),
                            d.hazards(), sender.getUsername(), clock.instant())) {
                        written.add(d);
                    }
                }
                return written;
            });
            inserted.forEach(d -> engine.accept(d.decision()));
            return null;
        });
        Map<String, DecidedLot> all = lots.findAll(ids);
        return valid.stream().map(l -> all.get(l.lotId())).toList();
    }

    public DecidedLot get(StaffUser reader, String lotId) {
        access.require(reader, Permission.READ_LOTS);
        return find(reader, lotId).orElseThrow(() -> new NotFoundException("lotId", lotId));
    }

    /**
     * The lot of this id if it was declared at a bureau within the reader's division; empty as well for a reader
     * lots are not open to, and for another division's lot, whose asking leaves a refusal on the trail.
     */
    public Optional<DecidedLot> find(StaffUser reader, String lotId) {
        if (!access.holds(reader, Permission.READ_LOTS) || lotId == null) {
            return Optional.empty();
        }
        return lots.find(lotId.strip()).filter(d -> visible(reader, d));
    }

    /** Today's (or a given day's) lots to inspect at the bureaus in the reader's division, mandatory first. */
    public List<DecidedLot> worklist(StaffUser reader, Optional<String> bureau, LocalDate day) {
        requireReader(reader, bureau);
        return lots.worklist(reader.scope(), bureau, day, 500);
    }

    public List<DecidedLot> recent(StaffUser reader, Optional<String> bureau, Optional<LocalDate> day) {
        requireReader(reader, bureau);
        return lots.recent(reader.scope(), bureau, day, 200);
    }

    /** A list filtered to another division's bureau comes back empty, as scoping has it, and is audited. */
    private void requireReader(StaffUser reader, Optional<String> bureau) {
        access.require(reader, Permission.READ_LOTS);
        bureau.flatMap(this::bureau).ifPresent(b -> access.auditedWithin(reader, b.division(), "bureau"));
    }

    private record Decided(LotDecision decision, LocalDate drawnOn, String commitment, RiskScore score,
                           List<String> hazards) {

        /** The decision as {@link LotStore} stores it, without reading it back. */
        DecidedLot asStored(String submittedBy, Instant decidedAt) {
            Lot l = decision.lot();
            return new DecidedLot(l.lotId(), l.bureau(), l.declaredAt(), l.direction().name(), l.hsCode(),
                    l.origin(), l.consignee(), l.manufacturer(), l.quantity(), l.valueCny(), decision.reason().name(),
                    decision.inspect(), decision.probability(), decision.priority(), score.score(), score.factors(),
                    hazards, decision.modelVersion(), drawnOn, commitment, submittedBy, decidedAt, Optional.empty());
        }
    }

    private static Decided decided(org.qualityguard.risk.RiskEngine engine, Lot lot, Bureau bureau,
                                   DaySeeds.Draw draw) {
        LotDecision d = engine.decide(lot, bureau.capacityShare(), draw.key());
        List<String> hazards = engine.likelyHazards(lot, LIKELY_HAZARDS).stream().map(Hazard::name).toList();
        return new Decided(d, draw.drawnOn(), draw.key().commitment(), engine.score(lot), hazards);
    }

    /**
     * The commitment to a bureau's day's secret, and the secret once the day is over. Today's stands from the first
     * time anyone asks, before the day's first lot if a declaring system asks at the start of the day.
     */
    public DaySeeds.DaySeed seed(StaffUser reader, String bureau, LocalDate day) {
        access.require(reader, Permission.READ_LOTS);
        Bureau b = bureau(bureau).filter(x -> access.auditedWithin(reader, x.division(), "bureau"))
                .orElseThrow(() -> new NotFoundException("bureau", bureau));
        return seeds.published(b, day).orElseThrow(() -> new NotFoundException("day", day.toString()));
    }

    private Lot valid(StaffUser sender, LotDeclaration declaration, int row) {
        LotRules.Checked checked = rules.check(declaration);
        if (checked instanceof LotRules.Invalid invalid) {
            throw new ValidationException(invalid.violations().stream().map(v -> row > 0 ? v.atRow(row) : v).toList());
        }
        Lot lot = ((LotRules.Valid) checked).lot();
        Bureau bureau = bureaus.get(lot.bureau());
        if (!sender.scope().includes(bureau.division())) {
            audit.recordRefusal(AuditRecord.of(sender, "ACCESS_DENIED", SUBJECT, lot.lotId(), bureau.division(),
                    null, Map.of("bureau", bureau.code(), "operation", "SUBMIT")));
            FieldViolation v = FieldViolation.of("bureau", new Violation("E8108", "inspection.lot.bureau.outOfScope",
                    bureau.code()));
            throw new ValidationException(row > 0 ? v.atRow(row) : v);
        }
        return lot;
    }

    private DecidedLot requireVisible(StaffUser reader, DecidedLot lot) {
        if (!visible(reader, lot)) {
            throw new NotFoundException("lotId", lot.lotId());
        }
        return lot;
    }

    private boolean visible(StaffUser reader, DecidedLot lot) {
        Bureau bureau = bureaus.get(lot.bureau());
        if (!reader.scope().includes(bureau.division())) {
            audit.recordRefusal(AuditRecord.of(reader, "ACCESS_DENIED", SUBJECT, lot.lotId(), bureau.division(),
                    null, Map.of("operation", "READ")));
            return false;
        }
        return true;
    }
}
