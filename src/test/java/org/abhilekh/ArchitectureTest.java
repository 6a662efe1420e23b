package org.abhilekh;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.abhilekh.platform.control.BackupPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules, checked on the compiled application classes: the platform is a floor that imports no
 * feature, features do not depend on each other in a circle, search stands alone behind its facade, only search
 * touches Lucene and only ingest Tika, and the API never hands out a JPA entity.
 */
class ArchitectureTest {

    private static JavaClasses application;

    @BeforeAll
    static void importTheApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.abhilekh");
    }

    @Test
    void thePlatformImportsNoFeature() {
        noClasses().that().resideInAPackage("org.abhilekh.platform..")
                .should().dependOnClassesThat(resideInAPackage("org.abhilekh..").and(not(resideInAPackage("org.abhilekh.platform.."))))
                .because("every feature stands on the platform, so it can stand on none of them")
                .check(application);
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching("org.abhilekh.(*)..").should().beFreeOfCycles().check(application);
    }

    @Test
    void searchImportsNoOtherFeature() {
        noClasses().that().resideInAPackage("org.abhilekh.search..")
                .should().dependOnClassesThat(resideInAPackage("org.abhilekh..")
                        .and(not(resideInAnyPackage("org.abhilekh.search..", "org.abhilekh.platform.."))))
                .because("search is a facade other features put their items behind; another engine must fit behind it alone")
                .check(application);
    }

    @Test
    void onlyIngestReadsFilesWithTika() {
        noClasses().that().resideOutsideOfPackage("org.abhilekh.ingest..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.tika..")
                .because("every file is read under ingest's limits (time, size, embedded files, bounded threads)")
                .check(application);
    }

    @Test
    void resourcesReturnNoJpaEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class).and().arePublic()
                .should().notHaveRawReturnType(annotatedWith(jakarta.persistence.Entity.class))
                .because("an entity's fields are the database's; the API answers with views made for it")
                .check(application);
    }

    @Test
    void onlySearchTouchesLucene() {
        noClasses().that().resideOutsideOfPackage("org.abhilekh.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("the index is search's to keep, behind the SearchIndex facade")
                .check(application);
    }

    @Test
    void onlyTheClusterEngineTalksToOpenSearchAndOnlyThePluginRunsInsideIt() {
        noClasses().that().resideOutsideOfPackage("org.abhilekh.search.control.opensearch..")
                .should().dependOnClassesThat().resideInAPackage("org.opensearch.client..")
                .because("the cluster is one engine behind the SearchIndex facade")
                .check(application);
        noClasses().that().resideOutsideOfPackage("org.abhilekh.search.opensearchplugin..")
                .should().dependOnClassesThat(resideInAPackage("org.opensearch..").and(not(resideInAPackage("org.opensearch.client.."))))
                .because("OpenSearch's server classes exist only inside a node, where the analysis plugin runs")
                .check(application);
    }

    /** The offline restore finds parts with ServiceLoader, the server with CDI: both must know every one. */
    @Test
    void everyBackupPartIsListedForTheOfflineRestore() {
        Set<String> implemented = new TreeSet<>();
        for (JavaClass each : application.get(BackupPart.class).getAllSubclasses()) {
            if (!each.getModifiers().contains(JavaModifier.ABSTRACT)) {
                implemented.add(each.getName());
            }
        }
        Set<String> listed = new TreeSet<>();
        ServiceLoader.load(BackupPart.class).stream().forEach(provider -> listed.add(provider.type().getName()));
        assertEquals(implemented, listed, "META-INF/services/" + BackupPart.class.getName());
    }
}
