package cn.cadre.appraisal.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TalentPoolRepository extends JpaRepository<TalentPool, Long> {

  Optional<TalentPool> findByName(String name);

  List<TalentPool> findAllByOrderByName();
}
