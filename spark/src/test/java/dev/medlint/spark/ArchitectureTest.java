package dev.medlint.spark;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Spark job is a front end like the CLI: of the core it uses only the front door (api) and the reports. */
class ArchitectureTest {
    @Test
    void theJobUsesOnlyTheFrontDoorAndTheReports() throws Exception {
        // The job's own classes folder: scanning the whole class path for the package would read Spark's jars too.
        Path classes = Path.of(LintJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        noClasses().that().resideInAPackage("dev.medlint.spark..")
                .should().dependOnClassesThat(resideInAPackage("dev.medlint.core..")
                        .and(not(resideInAnyPackage("dev.medlint.core.api..", "dev.medlint.core.report.."))))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPath(classes));
    }
}
