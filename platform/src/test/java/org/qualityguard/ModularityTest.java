package org.qualityguard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffUser;
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
}
