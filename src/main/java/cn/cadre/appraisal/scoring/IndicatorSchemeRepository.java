package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.organisation.UnitCategory;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorSchemeRepository extends JpaRepository<IndicatorScheme, Long> {

  Optional<IndicatorScheme> findByYearAndCategory(int year, UnitCategory category);

  List<IndicatorScheme> findByYearOrderByCategory(int year);

  List<IndicatorScheme> findAllByOrderByYearDescCategoryAsc();
}
