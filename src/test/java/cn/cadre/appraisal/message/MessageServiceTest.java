package cn.cadre.appraisal.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.cadre.appraisal.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * 站内消息: once per user and key (also when two nodes post at once), newest first, read by their
 * recipient only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MessageServiceTest {

  @Autowired MessageService messages;
  @Autowired MessageRepository repository;
  @Autowired MessageMailer mailer;

  @Test
  void oncePerUserAndKey_newestFirst_readByTheRecipientOnly() {
    assertThat(messages.post(List.of("ms-a", "ms-b", "ms-a"), MessageKind.REMINDER, "任务已逾期：测试", "请尽快办理。",
        "/camunda/app/tasklist/", "reminder/ms-1")).isEqualTo(2);
    assertThat(messages.post(List.of("ms-a", "ms-b"), MessageKind.REMINDER, "任务已逾期：测试", "请尽快办理。",
        "/camunda/app/tasklist/", "reminder/ms-1")).as("the same key again").isZero();
    messages.post(List.of("ms-a"), MessageKind.NOTICE, "新通知：年度考核结果通知书", "请及时查阅签收。", "/app/notices/1.pdf", "notice/ms-1");

    assertThat(messages.inbox("ms-a", false)).extracting(Message::getTitle)
        .containsExactly("新通知：年度考核结果通知书", "任务已逾期：测试");
    assertThat(messages.unread("ms-a")).isEqualTo(2);
    Message first = messages.inbox("ms-a", false).get(1);
    assertThat(first.getMailState()).as("no SMTP server configured: kept in the application, not queued for mail").isNull();
    assertThat(mailer.mails()).isFalse();
    assertThat(mailer.sendWaiting()).isZero();

    assertThatThrownBy(() -> messages.markRead(first.getId(), "ms-b")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("消息不存在");
    assertThat(messages.unread("ms-a")).as("another's try changes nothing").isEqualTo(2);
    var read = messages.markRead(first.getId(), "ms-a").getReadAt();
    assertThat(read).isNotNull();
    assertThat(messages.markRead(first.getId(), "ms-a").getReadAt()).as("read again: the first time stays").isEqualTo(read);
    assertThat(messages.inbox("ms-a", true)).extracting(Message::getKind).containsExactly(MessageKind.NOTICE);
    assertThat(messages.markAllRead("ms-a")).isEqualTo(1);
    assertThat(messages.unread("ms-a")).isZero();
    assertThat(messages.unread("ms-b")).isEqualTo(1);
  }

  @Test
  void twoNodesPostingTheSameReminderAtOnce_leaveOneMessage() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Integer>> posts = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        posts.add(() -> messages.post(List.of("ms-race"), MessageKind.REMINDER, "任务已逾期：并发", "请尽快办理。", null,
            "reminder/ms-race"));
      }
      for (Future<Integer> post : pool.invokeAll(posts)) {
        try {
          post.get();
        } catch (java.util.concurrent.ExecutionException e) {
          // the loser of the race: refused by the unique key, its job retried later finds the message
          assertThat(e.getCause()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
      }
    } finally {
      pool.shutdown();
    }
    assertThat(repository.findByRecipientOrderByCreatedAtDescIdDesc("ms-race", org.springframework.data.domain.Pageable.unpaged()))
        .hasSize(1);
  }
}
