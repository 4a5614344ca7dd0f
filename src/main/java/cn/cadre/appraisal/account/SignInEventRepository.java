package cn.cadre.appraisal.account;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

  List<SignInEvent> findByUserIdOrderByIdDesc(String userId, Pageable page);

  List<SignInEvent> findAllByOrderByIdDesc(Pageable page);
}
