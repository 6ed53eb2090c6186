package org.qualityguard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
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
}
