package cn.cadre.appraisal.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The package map of docs/architecture.md, as rules on imports. ArchUnit rather than Spring
 * Modulith: the boundaries here are import rules (no cycle, no Camunda in the domain, no engine
 * internals in web), while Modulith would also make every sub-package of process/ internal and
 * demand named interfaces for what web and the process packages legitimately share.
 */
@AnalyzeClasses(packages = "cn.cadre.appraisal", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  private static final String BASE = "cn.cadre.appraisal.";

  /** The feature packages: they know nothing of Camunda, of process/ or of web/. */
  static final String[] DOMAIN = {BASE + "account..", BASE + "application..", BASE + "ballot..", BASE + "cadrefile..",
      BASE + "campaign..", BASE + "evaluation..", BASE + "grading..", BASE + "notice..", BASE + "organisation..", BASE + "routine..", BASE + "scoring..",
      BASE + "settings..", BASE + "shared..", BASE + "special..", BASE + "spreadsheet..", BASE + "tally..",
      BASE + "term..",
      BASE + "verification.."};

  /** The packages of the process models; delegates and listeners live there. */
  static final String[] PROCESS_MODELS = {BASE + "process.campaign..", BASE + "process.unitappraisal..",
      BASE + "process.resultapplication..", BASE + "process.routine..", BASE + "process.special..",
      BASE + "process.term..", BASE + "process.scoring..", BASE + "process.escalation.."};

  @ArchTest
  static final ArchRule featurePackagesFormNoCycle =
      slices().matching("cn.cadre.appraisal.(*)..").namingSlices("$1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule processPackagesFormNoCycle =
      slices().matching("cn.cadre.appraisal.process.(*)..").namingSlices("process.$1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule domainNeverImportsCamunda = noClasses().that().resideInAnyPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
      .because("domain packages reach the engine through ports that process/ implements");

  @ArchTest
  static final ArchRule domainNeverImportsProcessOrWeb = noClasses().that().resideInAnyPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage(BASE + "process..", BASE + "web..");

  @ArchTest
  static final ArchRule webNeverImportsEngineInternals = noClasses().that().resideInAPackage(BASE + "web..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..")
      .because("engine internals change between releases and forks; process/ adapts them");

  @ArchTest
  static final ArchRule sharedTypesDependOnNoFeature = noClasses().that().resideInAPackage(BASE + "shared..")
      .should().dependOnClassesThat(resideInAPackage("cn.cadre.appraisal..").and(resideOutsideOfPackage(BASE + "shared..")))
      .because("grades, roles, the viewer and the error types are every feature's vocabulary");

  @ArchTest
  static final ArchRule delegatesLiveWithTheirProcess = classes().that().implement(JavaDelegate.class)
      .should().resideInAnyPackage(PROCESS_MODELS).andShould().haveSimpleNameEndingWith("Delegate");

  /**
   * Connections come without autocommit (application.yaml): a write through JDBC outside a transaction
   * would be rolled back when the connection goes back to the pool. Only the two schema adapters, which
   * commit themselves, use JDBC directly; everything else goes through a repository or the engine.
   */
  @ArchTest
  static final ArchRule onlyTheSchemaAdaptersUseJdbcDirectly = noClasses()
      .that().doNotHaveFullyQualifiedName(BASE + "process.deploy.Utf8mb4CamundaSchema")
      .and().doNotHaveFullyQualifiedName(BASE + "process.engine.EngineIndexes")
      .should().dependOnClassesThat(resideInAPackage("org.springframework.jdbc.core..")
          .or(JavaClass.Predicates.assignableTo(javax.sql.DataSource.class))
          .or(JavaClass.Predicates.assignableTo(java.sql.Connection.class))
          .or(JavaClass.Predicates.assignableTo(java.sql.Statement.class)))
      .because("a JDBC write outside a transaction would be silently rolled back (connections without autocommit)");

  @ArchTest
  static final ArchRule formListenersLiveWithTheirProcess = classes().that().areAssignableTo(TaskListener.class)
      .and().haveSimpleNameEndingWith("Listener").and().doNotHaveSimpleName("FormTaskListener")
      .should().resideInAnyPackage(PROCESS_MODELS);
}
