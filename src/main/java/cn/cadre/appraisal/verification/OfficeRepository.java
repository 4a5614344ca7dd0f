package cn.cadre.appraisal.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficeRepository extends JpaRepository<Office, String> {

  List<Office> findAllByOrderBySortOrderAscCodeAsc();

  boolean existsByGroupId(String groupId);
}
