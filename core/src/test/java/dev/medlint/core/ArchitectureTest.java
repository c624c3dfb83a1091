package dev.medlint.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's floors depend one way, as the README's picture shows: the front door on top, the report vocabulary
 * and small helpers at the bottom, no front end's library in core, and no lower floor reaching up.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.medlint.core");

    @Test
    void onlyTheFrontDoorUsesTheFrontDoor() {
        noClasses().that().resideOutsideOfPackage("dev.medlint.core.api..")
                .should().dependOnClassesThat().resideInAPackage("dev.medlint.core.api..")
                .check(CORE);
    }

    @Test
    void theReportVocabularyStandsOnItsOwn() {
        noClasses().that().resideInAPackage("dev.medlint.core.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.medlint.core.analysis..",
                        "dev.medlint.core.config..", "dev.medlint.core.pack..", "dev.medlint.core.rule..",
                        "dev.medlint.core.lang..", "dev.medlint.core.source..", "dev.medlint.core.text..",
                        "dev.medlint.core.authoring..", "dev.medlint.core.yaml..")
                .check(CORE);
    }

    @Test
    void rulesKnowNothingOfPacksConfigurationOrTheRun() {
        noClasses().that().resideInAnyPackage("dev.medlint.core.rule..", "dev.medlint.core.lang..",
                        "dev.medlint.core.text..", "dev.medlint.core.source..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.medlint.core.pack..",
                        "dev.medlint.core.config..", "dev.medlint.core.analysis..", "dev.medlint.core.authoring..")
                .check(CORE);
    }

    @Test
    void languagesDoNotDependOnRules() {
        noClasses().that().resideInAPackage("dev.medlint.core.lang..")
                .should().dependOnClassesThat().resideInAPackage("dev.medlint.core.rule..")
                .check(CORE);
    }

    @Test
    void onlyTheEnglishLanguageKnowsOpenNlp() {
        noClasses().that().resideOutsideOfPackage("dev.medlint.core.lang.en..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .check(CORE);
    }

    @Test
    void theCacheStoresReportsAndKnowsNothingOfTheRun() {
        noClasses().that().resideInAPackage("dev.medlint.core.cache..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.medlint.core.analysis..",
                        "dev.medlint.core.config..", "dev.medlint.core.pack..", "dev.medlint.core.rule..",
                        "dev.medlint.core.lang..", "dev.medlint.core.source..", "dev.medlint.core.text..",
                        "dev.medlint.core.authoring..", "dev.medlint.core.yaml..")
                .check(CORE);
    }

    @Test
    void coreKnowsNoFrontEnd() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.apache.maven..",
                "dev.medlint.cli..", "dev.medlint.maven..").check(CORE);
    }
}
