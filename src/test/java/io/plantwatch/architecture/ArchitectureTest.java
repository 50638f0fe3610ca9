package io.plantwatch.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Holds the lines of DESIGN.md: the decode/inventory/detect core and the console services know no
 * screen, no storage and no HTTP; the UI knows no SQL or HTTP; the API model knows nothing else.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.plantwatch");
    }

    @Test
    void theCaptureAndDecodeCoreKnowsNoScreenStorageOrNetworkService() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.plantwatch.capture..", "io.plantwatch.decode..",
                        "io.plantwatch.inventory..", "io.plantwatch.detect..", "io.plantwatch.analysis..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                        "org.flywaydb..", "io.plantwatch.sensor..", "io.plantwatch.console..", "io.plantwatch.ui..",
                        "io.plantwatch.cli..").and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.sql.Timestamp.class))))
                .because("the core is plain Java that tests, the CLI and the sensor use as it is (pcap4j hands live"
                        + " capture times over as java.sql.Timestamp, the one exception)");
        rule.check(classes);
    }

    @Test
    void captureKnowsNoProtocols() {
        noClasses().that().resideInAPackage("io.plantwatch.capture..")
                .should().dependOnClassesThat().resideInAnyPackage("io.plantwatch.decode..", "io.plantwatch.inventory..")
                .because("frame sources only deliver frames (DESIGN.md)")
                .check(classes);
    }

    @Test
    void decodersKnowNoInventory() {
        noClasses().that().resideInAPackage("io.plantwatch.decode..")
                .should().dependOnClassesThat().resideInAnyPackage("io.plantwatch.inventory..", "io.plantwatch.detect..",
                        "io.plantwatch.analysis..")
                .because("decoders report through Observations and know nothing of what is done with it")
                .check(classes);
    }

    @Test
    void consoleServicesKnowNoScreen() {
        noClasses().that().resideInAPackage("io.plantwatch.console..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.plantwatch.ui..", "io.plantwatch.cli..")
                .allowEmptyShould(true)
                .because("the GUI and the CLI call the same services")
                .check(classes);
    }

    @Test
    void theScreensKnowNoSqlOrHttp() {
        noClasses().that().resideInAPackage("io.plantwatch.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..",
                        "java.net.http..", "io.plantwatch.sensor..")
                .allowEmptyShould(true)
                .because("screens talk only to console services")
                .check(classes);
    }

    @Test
    void theApiModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.plantwatch.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.plantwatch.capture..", "io.plantwatch.decode..",
                        "io.plantwatch.inventory..", "io.plantwatch.sensor..", "io.plantwatch.console..",
                        "io.plantwatch.ui..")
                .because("the model is the API's JSON shape, shared by sensor and console")
                .check(classes);
    }

    @Test
    void theSensorKnowsNoConsoleOrScreen() {
        noClasses().that().resideInAPackage("io.plantwatch.sensor..")
                .should().dependOnClassesThat().resideInAnyPackage("io.plantwatch.console..", "io.plantwatch.ui..", "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
