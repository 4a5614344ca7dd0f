package cn.cadre.appraisal.support;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Tasklist's own login request, as its page sends it: with the webapps' CSRF cookie and header. */
public final class TasklistLogin {

  private TasklistLogin() {}

  public static ResponseEntity<String> post(TestRestTemplate template, String user, String password) {
    ResponseEntity<String> page = template.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11, c.indexOf(';')))
        .findFirst().orElse("");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", xsrf);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList()));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return template.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }
}
