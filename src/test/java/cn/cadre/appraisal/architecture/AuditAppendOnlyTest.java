package cn.cadre.appraisal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.shared.AppendOnlyRepository;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.core.support.AbstractRepositoryMetadata;

/**
 * Every audit table (an entity named …Audit) is append-only at each level: the entity is
 * {@code @Immutable} (a changed row is never written back), its repository offers no delete or bulk
 * update ({@link AppendOnlyRepository}, not a CrudRepository), and the MySQL triggers that refuse
 * UPDATE and DELETE name it — so a new audit table cannot be added without all three.
 */
class AuditAppendOnlyTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.cadre.appraisal");

  @Test
  void everyAuditEntityIsImmutableWithAnAppendOnlyRepositoryAndMySqlTriggers() throws IOException {
    List<JavaClass> audits = MAIN.stream().filter(c -> c.isAnnotatedWith(Entity.class) && c.getSimpleName().endsWith("Audit"))
        .toList();
    assertThat(audits).as("the audit tables").hasSizeGreaterThanOrEqualTo(7);
    StringBuilder triggers = new StringBuilder();
    for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath:db/mysql/*.sql")) {
      try (InputStream in = script.getInputStream()) {
        triggers.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    for (JavaClass audit : audits) {
      assertThat(audit.isAnnotatedWith(Immutable.class)).as(audit.getName() + " is @Immutable").isTrue();
      String table = audit.getAnnotationOfType(Table.class).name();
      assertThat(triggers).as("MySQL triggers of " + table)
          .contains("BEFORE UPDATE ON " + table + " ", "BEFORE DELETE ON " + table + " ");
      List<JavaClass> repositories = MAIN.stream().filter(c -> c.isInterface() && c.isAssignableTo(
          org.springframework.data.repository.Repository.class) && domainType(c) == audit.reflect()).toList();
      assertThat(repositories).as("the repository of " + audit.getSimpleName()).isNotEmpty();
      for (JavaClass repository : repositories) {
        assertThat(repository.isAssignableTo(AppendOnlyRepository.class)).as(repository.getName()).isTrue();
        assertThat(repository.isAssignableTo(CrudRepository.class)).as(repository.getName() + " offers delete").isFalse();
        assertThat(repository.getMethods()).as(repository.getName() + " declares a change")
            .noneMatch(m -> m.getName().startsWith("delete") || m.getName().startsWith("remove")
                || m.isAnnotatedWith("org.springframework.data.jpa.repository.Modifying"));
      }
    }
  }

  private static Class<?> domainType(JavaClass repository) {
    try {
      return AbstractRepositoryMetadata.getMetadata(repository.reflect()).getDomainType();
    } catch (RuntimeException notAConcreteRepository) {
      return null;
    }
  }
}
