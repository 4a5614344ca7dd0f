package cn.cadre.appraisal.shared;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * The repository of an audit table: rows are added and read, never changed or removed, so it offers
 * no delete and no bulk update (the entity is {@code @Immutable}, so a changed row is not written
 * back either; on MySQL triggers refuse both as well).
 */
@NoRepositoryBean
public interface AppendOnlyRepository<T, ID> extends Repository<T, ID> {

  <S extends T> S save(S row);

  <S extends T> List<S> saveAll(Iterable<S> rows);

  Optional<T> findById(ID id);

  List<T> findAll();

  long count();
}
