package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.process.authentication.CamundaAuthenticationProvider;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Turns the authenticated caller into the domain's Viewer. */
final class Viewers {

  private Viewers() {}

  static Viewer of(Authentication auth) {
    Set<String> groups = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaAuthenticationProvider.GROUP_PREFIX))
        .map(a -> a.substring(CamundaAuthenticationProvider.GROUP_PREFIX.length()))
        .collect(Collectors.toSet());
    return new Viewer(auth.getName(), groups);
  }
}
