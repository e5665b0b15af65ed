package dev.topolint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers of core honest. */
@AnalyzeClasses(packages = "dev.topolint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.topolint.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreKnowsNothingOfItsDoors = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("picocli..", "org.apache.maven..");

    @ArchTest
    static final ArchRule theModelStandsAlone = noClasses().that().resideInAPackage("dev.topolint.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("dev.topolint.model..", "java..");

    @ArchTest
    static final ArchRule renderersSeeOnlyTheReport = noClasses().that().resideInAPackage("dev.topolint.render..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.topolint.internal..", "dev.topolint.facts..",
                    "org.drools..", "org.snakeyaml..");
}
