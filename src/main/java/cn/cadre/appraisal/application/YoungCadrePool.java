package cn.cadre.appraisal.application;

import cn.cadre.appraisal.organisation.Cadre;
import org.springframework.data.jpa.repository.JpaRepository;

public interface YoungCadrePool extends JpaRepository<YoungCadrePoolEntry, Long> {

  boolean existsByCadre(Cadre cadre);
}
