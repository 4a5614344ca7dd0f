package cn.cadre.appraisal.application;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RectificationItemRepository extends JpaRepository<RectificationItem, Long> {

  List<RectificationItem> findByActionOrderBySeq(ResultAction action);

  @Query("select i from RectificationItem i where i.status = 'OPEN' and i.action.subject.cadre = ?1 "
      + "order by i.deadline, i.id")
  List<RectificationItem> findOpenOfCadre(Cadre cadre);

  @Query("select i from RectificationItem i where i.status = 'OPEN' and i.action.subject.unit = ?1 "
      + "and i.action.subject.cadre is null order by i.deadline, i.id")
  List<RectificationItem> findOpenOfTeam(Unit unit);
}
