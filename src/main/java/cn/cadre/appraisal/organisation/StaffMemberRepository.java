package cn.cadre.appraisal.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {
  Optional<StaffMember> findByUserId(String userId);

  java.util.List<StaffMember> findByOfficeHeadTrue();
}
