package cn.cadre.appraisal.notice;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

  Optional<Notice> findByTypeAndRecipientAndReference(NoticeType type, Cadre recipient, String reference);

  List<Notice> findByRecipientOrderByCreatedAtAscIdAsc(Cadre recipient);
}
