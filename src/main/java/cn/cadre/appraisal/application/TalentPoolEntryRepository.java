package cn.cadre.appraisal.application;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TalentPoolEntryRepository extends JpaRepository<TalentPoolEntry, Long> {

  Optional<TalentPoolEntry> findByPoolAndCadre(TalentPool pool, Cadre cadre);

  List<TalentPoolEntry> findByPoolOrderById(TalentPool pool);
}
