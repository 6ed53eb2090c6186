package org.qualityguard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.LotDecisions;
import org.qualityguard.enforcement.Decisions;
import org.qualityguard.enforcement.EnforcementCases;
import org.qualityguard.power.PowerAct;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.InspectionRecords;
import org.springframework.modulith.core.ApplicationModules;

/** The house rules that the compiler does not enforce: module boundaries, no cycles, a domain free of Spring. */
class ModularityTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qualityguard");

    @Test
    void modulesTalkOnlyThroughEachOthersPublicFaceAndFormNoCycle() {
        ApplicationModules.of(QualityGuardApplication.class).verify();
    }

    @Test
    void domainCodeKnowsNothingOfSpringSqlOrHttp() {
        noClasses().that().resideInAPackage("org.qualityguard..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "jakarta.servlet..", "tools.jackson..")
                .check(PLATFORM);
    }

    /**
     * Which role may do what is decided by identity's AccessPolicy from the Permission table; a module asking a
     * member of staff for its roles itself would scatter that decision again.
     */
    @Test
    void noModuleButIdentityAsksAMemberOfStaffForTheirRoles() {
        noClasses().that().resideOutsideOfPackage("org.qualityguard.identity..")
                .should().callMethodWhere(JavaCall.Predicates.target(DescribedPredicate.describe(
                        "StaffUser.hasRole, hasAnyRole or roles", t -> t.getOwner().isEquivalentTo(StaffUser.class)
                                && Set.of("hasRole", "hasAnyRole", "roles").contains(t.getName()))))
                .because("AccessPolicy.require(user, Permission) is the one place that decides")
                .check(PLATFORM);
    }

    /**
     * An act of an organisation exercises a power (ARCHITECTURE.md: "Acts pass the guard"): a use case method marked
     * {@link PowerAct} must itself call {@link PowerGuard#authorise} before it writes anything. The rule fails if it
     * matches no method at all.
     */
    @Test
    void everyActUseCaseCallsThePowerGuard() {
        methods().that().areAnnotatedWith(PowerAct.class).should(callThePowerGuard())
                .because("no power may be exercised unless it was reviewed, confirmed and published")
                .check(PLATFORM);
    }

    /** The acts the platform has today are marked as acts, so that removing the mark does not escape the rule above. */
    @Test
    void theKnownActsAreMarkedAsPowerActs() {
        Map<Class<?>, Set<String>> acts = Map.of(InspectionPlans.class, Set.of("approve"),
                InspectionRecords.class, Set.of("record"), EquipmentRegister.class, Set.of("importRows"),
                LotDecisions.class, Set.of("decide", "decideAll"),
                EnforcementCases.class, Set.of("open", "openDemo", "file"),
                Decisions.class, Set.of("decide", "fineOnTheSpot"));
        acts.forEach((type, names) -> {
            Set<String> marked = new TreeSet<>();
            for (JavaMethod m : PLATFORM.get(type).getMethods()) {
                if (m.isAnnotatedWith(PowerAct.class)) {
                    marked.add(m.getName());
                }
            }
            assertThat(marked).as("methods of %s marked @PowerAct", type.getSimpleName()).containsAll(names);
        });
    }

    private static ArchCondition<JavaMethod> callThePowerGuard() {
        return new ArchCondition<>("call PowerGuard.authorise") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTarget().getOwner()
                        .isEquivalentTo(PowerGuard.class) && call.getTarget().getName().equals("authorise"));
                events.add(new SimpleConditionEvent(method, calls, method.getFullName()
                        + (calls ? " calls" : " does not call") + " PowerGuard.authorise"));
            }
        };
    }
}
