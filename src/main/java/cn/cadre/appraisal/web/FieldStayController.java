package cn.cadre.appraisal.web;

import cn.cadre.appraisal.campaign.RedLightService;
import cn.cadre.appraisal.campaign.RedLightService.RedLight;
import cn.cadre.appraisal.routine.FieldStayService;
import cn.cadre.appraisal.routine.FieldStayService.OpenStay;
import cn.cadre.appraisal.routine.FieldStayService.StayView;
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

/**
 * 蹲点调研: org-dept sends a team to stay in a unit; the stay's talks, visits and 四个一 are the
 * process's tasks in Tasklist. Org-dept, the committee and the stay's team read it.
 */
@RestController
class FieldStayController {

  private final FieldStayService stays;
  private final RedLightService redLights;

  FieldStayController(FieldStayService stays, RedLightService redLights) {
    this.redLights = redLights;
    this.stays = stays;
  }

  @PostMapping("/api/field-stays")
  ResponseEntity<StayView> open(@RequestBody OpenStay request, Authentication user) {
    if (request == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(stays.open(request, Viewers.of(user)));
  }

  @GetMapping("/api/field-stays")
  List<StayView> stays(Authentication user) {
    return stays.stays(Viewers.of(user));
  }

  /** The stay's tasks past their due date (红灯). */
  @GetMapping("/api/field-stays/{id}/red-lights")
  List<RedLight> redLights(@PathVariable long id, Authentication user) {
    return redLights.redLightsOf(stays.businessKeyOf(id, Viewers.of(user)));
  }

  @GetMapping("/api/field-stays/{id}")
  StayView stay(@PathVariable long id, Authentication user) {
    return stays.stay(id, Viewers.of(user));
  }
}
