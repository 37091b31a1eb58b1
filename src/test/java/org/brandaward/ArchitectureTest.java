package org.brandaward;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layout of ARCHITECTURE.md, held: no cycles between top-level packages; the shell and the shared classes know no feature. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.brandaward");

    private static final String[] FEATURES = {"org.brandaward.programme..", "org.brandaward.organisation..",
            "org.brandaward.application..", "org.brandaward.recommendation..", "org.brandaward.eligibility..",
            "org.brandaward.review..", "org.brandaward.publication..", "org.brandaward.certificate.."};

    @Test
    void top_level_packages_are_free_of_cycles() {
        slices().matching("org.brandaward.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void the_shell_and_the_shared_classes_import_no_feature() {
        noClasses().that().resideInAnyPackage("org.brandaward.ui..", "org.brandaward.shared..", "org.brandaward.security..",
                        "org.brandaward.audit..", "org.brandaward.database..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(MAIN);
    }
}
