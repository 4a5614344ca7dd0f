package cn.cadre.appraisal.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Messages by e-mail, through a real SMTP server (GreenMail): the roster's addresses, each message
 * mailed once with its Chinese subject and body in UTF-8 (two mailers at once, or a mailer that died
 * while sending, send nothing twice), a recipient without an address kept in the application, and
 * the daily digest of new tasks — one mail per person, once a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"appraisal.mail.public-url=https://kaohe.example.gov.cn", "appraisal.mail.from=kaohe@example.gov.cn",
        "appraisal.mail.interval-ms=3600000"})
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag(cn.cadre.appraisal.support.OwnJvm.TAG) // a context of its own (the SMTP server's settings)
class MailTest {

  private static final int SMTP_PORT = freePort();
  private static final String PASSWORD = "ml-pass-123";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired TestRestTemplate template;
  @Autowired MessageService messages;
  @Autowired MessageMailer mailer;
  @Autowired MessageRepository repository;
  @Autowired TaskDigest digest;
  @Autowired TaskDigestRunRepository digestRuns;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  @BeforeEach
  void roster() {
    if (identity.createUserQuery().userId("ml-c1").count() > 0) {
      return;
    }
    RestClient admin = new RestClient(template, "admin");
    Map<String, Object> withMail = new HashMap<>(RosterRows.cadre("ml-c1", "郑局长", "局长", "PRINCIPAL", "ml-u", "1972-01-01", PASSWORD));
    withMail.put("email", "zheng@example.gov.cn");
    Map<String, Object> staffWithMail = new HashMap<>(RosterRows.staff("ml-od", "组织部干部", "ml-u", AppraisalGroup.ORG_DEPT.id(), PASSWORD));
    staffWithMail.put("email", "zuzhibu@example.gov.cn");
    Map<String, Object> badMail = new HashMap<>(withMail);
    badMail.put("email", "zheng at example");

    ResponseEntity<String> refused = admin.post("admin", "/api/roster", Map.of("units", List.of(RosterRows.unit("ml-u", "邮件测试局")),
        "cadres", List.of(badMail)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("email 不是有效的电子邮箱地址", "zheng at example");
    assertThat(identity.createUserQuery().userId("ml-c1").count()).as("nothing written").isZero();

    ResponseEntity<String> imported = admin.post("admin", "/api/roster", Map.of("units", List.of(RosterRows.unit("ml-u", "邮件测试局")),
        "cadres", List.of(withMail, RosterRows.cadre("ml-c2", "王副局长", "副局长", "DEPUTY", "ml-u", "1980-01-01", PASSWORD)),
        "staff", List.of(staffWithMail)));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(identity.createUserQuery().userId("ml-c1").singleResult().getEmail()).isEqualTo("zheng@example.gov.cn");
    // imported again without the column: the address stays
    ResponseEntity<String> again = admin.post("admin", "/api/roster", Map.of("units", List.of(RosterRows.unit("ml-u", "邮件测试局")),
        "cadres", List.of(RosterRows.cadre("ml-c1", "郑局长", "局长", "PRINCIPAL", "ml-u", "1972-01-01", PASSWORD))));
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(identity.createUserQuery().userId("ml-c1").singleResult().getEmail()).isEqualTo("zheng@example.gov.cn");
  }

  @Test
  void eachMessageIsMailedOnce_inChinese_toTheRostersAddress() throws Exception {
    mailer.sendWaiting(); // what other tests left
    int before = smtp.getReceivedMessages().length;
    messages.post(List.of("ml-c1", "ml-c2"), MessageKind.REMINDER, "任务已逾期：填写述职述廉报告（2094年度考核，邮件测试局）",
        "任务“填写述职述廉报告”的办理期限（2094年12月3日 00:00）已过，请尽快办理。", "/camunda/app/tasklist/default/#/?task=t-1",
        "reminder/ml-t-1");
    // two mailers at once (two nodes): one mail
    assertThat(twoMailersAtOnce()).isEqualTo(1);
    assertThat(mailer.sendWaiting()).as("a run again").isZero();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(before + 1);
    MimeMessage mail = received[received.length - 1];
    assertThat(mail.getSubject()).isEqualTo("【干部考核】任务已逾期：填写述职述廉报告（2094年度考核，邮件测试局）");
    assertThat(mail.getRecipients(RecipientType.TO)[0].toString()).isEqualTo("zheng@example.gov.cn");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("kaohe@example.gov.cn");
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat((String) mail.getContent()).contains("办理期限（2094年12月3日 00:00）已过",
        "办理或查看：https://kaohe.example.gov.cn/camunda/app/tasklist/default/#/?task=t-1", "请勿直接回复");

    // who has no address keeps it in the application
    Message noAddress = messages.inbox("ml-c2", false).get(0);
    assertThat(noAddress.getMailState()).isEqualTo(MailState.NO_ADDRESS);
    assertThat(messages.inbox("ml-c1", false).get(0).getMailState()).isEqualTo(MailState.SENT);
  }

  @Test
  void aMailerThatDiedWhileSending_sendsNothingTwice() {
    int before = smtp.getReceivedMessages().length;
    messages.post(List.of("ml-od"), MessageKind.ESCALATION, "升级督办：统筹校准（2094年度考核）", "已升级督办。", null, "escalation/ml-t-2");
    Message posted = messages.inbox("ml-od", false).get(0);
    assertThat(posted.getMailState()).isEqualTo(MailState.PENDING);
    // a mailer took it and died before it sent: after the restart it is not sent again
    Integer taken = transaction.execute(status -> repository.takeMail(posted.getId(), MailState.SENDING, MailState.PENDING,
        LocalDateTime.now(cn.cadre.appraisal.support.OrganisationClock.ZONE).minusMinutes(5)));
    assertThat(taken).isEqualTo(1);
    assertThat(mailer.sendWaiting()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(before);
    assertThat(repository.findById(posted.getId()).orElseThrow().getMailState()).isEqualTo(MailState.SENDING);
    // an hour after it was taken, it is given up (it may have gone out): marked, still not sent again
    Integer old = transaction.execute(status -> repository.takeMail(posted.getId(), MailState.SENDING, MailState.SENDING,
        LocalDateTime.now(cn.cadre.appraisal.support.OrganisationClock.ZONE).minusHours(2)));
    assertThat(old).isEqualTo(1);
    assertThat(mailer.sendWaiting()).isZero();
    Message given = repository.findById(posted.getId()).orElseThrow();
    assertThat(given.getMailState()).isEqualTo(MailState.FAILED);
    assertThat(given.getMailError()).contains("发送中断", "未重发以免重复");
    assertThat(smtp.getReceivedMessages()).hasSize(before);
  }

  @Test
  void theDailyDigest_onePerPersonAndDay_listsTheirNewTasks() throws Exception {
    List<String> created = new ArrayList<>();
    created.add(task("填写述职述廉报告（2094年度考核）", "ml-c1", null));
    created.add(task("个别谈话：邮件测试局（2094年度考核）", null, AppraisalGroup.ORG_DEPT.id()));
    created.add(task("统筹校准：2094年度考核", null, AppraisalGroup.ORG_DEPT.id()));
    try {
      LocalDateTime at = LocalDateTime.now(cn.cadre.appraisal.support.OrganisationClock.ZONE).plusMinutes(1);
      assertThat(digest.sendAt(at)).isGreaterThanOrEqualTo(2);
      assertThat(digest.sendAt(at.plusHours(1))).as("the same day again").isZero();
      // another node that missed the first's row a moment ago cannot write its own over it (and send again)
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
              digestRuns.saveAndFlush(new TaskDigestRun(at.toLocalDate(), at, at))))
          .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
      int before = smtp.getReceivedMessages().length;
      mailer.sendWaiting();
      Map<String, MimeMessage> digests = new HashMap<>();
      for (MimeMessage mail : smtp.getReceivedMessages()) {
        if (mail.getSubject().startsWith("【干部考核】新待办汇总")) {
          digests.put(mail.getRecipients(RecipientType.TO)[0].toString(), mail);
        }
      }
      assertThat(smtp.getReceivedMessages().length).isGreaterThan(before);
      assertThat(digests.get("zheng@example.gov.cn").getSubject()).isEqualTo("【干部考核】新待办汇总：1项");
      assertThat(GreenMailUtil.getBody(digests.get("zheng@example.gov.cn"))).isNotBlank();
      assertThat((String) digests.get("zheng@example.gov.cn").getContent()).contains("1. 填写述职述廉报告（2094年度考核）");
      String od = (String) digests.get("zuzhibu@example.gov.cn").getContent();
      assertThat(od).contains("个别谈话：邮件测试局（2094年度考核）", "统筹校准：2094年度考核", "请登录系统，在待办中办理");
      assertThat(messages.inbox("ml-od", false)).filteredOn(m -> m.getKind() == MessageKind.TASKS).hasSize(1);
    } finally {
      created.forEach(id -> tasks.deleteTask(id, true));
    }
  }

  /**
   * Started after the day's digest time (08:00 on weekdays) without it sent — the application was down
   * at 08:00 — the day's digest goes out at once; not before its time, not on a weekend, not twice.
   */
  @Test
  void anApplicationStartedAfterTheDigestsTime_sendsTheDaysDigestThen() {
    LocalDateTime monday = LocalDateTime.of(2020, 6, 1, 7, 59); // a Monday
    assertThat(digest.catchUpAt(monday)).isZero();
    assertThat(digestRuns.existsById(monday.toLocalDate())).as("before 08:00 it is not yet due").isFalse();

    digest.catchUpAt(monday.withHour(9).withMinute(30));
    assertThat(digestRuns.existsById(monday.toLocalDate())).as("at 09:30 the day's digest is sent").isTrue();
    assertThat(digest.catchUpAt(monday.withHour(10))).as("and only once").isZero();

    LocalDateTime saturday = LocalDateTime.of(2020, 6, 6, 10, 0);
    assertThat(digest.catchUpAt(saturday)).isZero();
    assertThat(digestRuns.existsById(saturday.toLocalDate())).as("no digest on a weekend").isFalse();
  }

  private String task(String name, String assignee, String group) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setAssignee(assignee);
    tasks.saveTask(task);
    if (group != null) {
      tasks.addCandidateGroup(task.getId(), group);
    }
    return task.getId();
  }

  private int twoMailersAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> runs = List.of(mailer::sendWaiting, mailer::sendWaiting);
      int sent = 0;
      for (Future<Integer> run : pool.invokeAll(runs)) {
        sent += run.get();
      }
      return sent;
    } finally {
      pool.shutdown();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
