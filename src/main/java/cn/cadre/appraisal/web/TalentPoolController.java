package cn.cadre.appraisal.web;

import cn.cadre.appraisal.application.TalentPoolService;
import cn.cadre.appraisal.application.TalentPoolService.MemberView;
import cn.cadre.appraisal.application.TalentPoolService.PoolView;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 人才库: org-dept creates pools (data, no model change); org-dept and the committee read them and their members. */
@RestController
class TalentPoolController {

  private final TalentPoolService pools;

  TalentPoolController(TalentPoolService pools) {
    this.pools = pools;
  }

  record PoolInput(String name, String description) {}

  @PostMapping("/api/talent-pools")
  ResponseEntity<PoolView> create(@RequestBody PoolInput input, Authentication user) {
    if (input == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(pools.create(input.name(), input.description(),
        Viewers.of(user)));
  }

  @GetMapping("/api/talent-pools")
  List<PoolView> pools(Authentication user) {
    return pools.pools(Viewers.of(user));
  }

  @GetMapping("/api/talent-pools/{id}/members")
  List<MemberView> members(@PathVariable long id, Authentication user) {
    return pools.members(id, Viewers.of(user));
  }
}
