package cn.cadre.appraisal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.UnitCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** 文号: one counter per notice type and year, never the same number twice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentNumberTest {

  @Autowired NoticeService notices;
  @Autowired OrganisationService organisation;
  @Autowired TransactionTemplate transaction;
  @Autowired NoticeCounterRepository counters;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @Test
  void eachTypeCountsPerYear_fromOne() {
    List<Cadre> cadres = cadres("dn-a", 3);
    List<String> numbers = new ArrayList<>();
    for (Cadre cadre : cadres) {
      numbers.add(issue(NoticeType.RESULT, cadre, 2040).getDocumentNumber());
    }
    assertThat(numbers).containsExactly("示组考〔2040〕1号", "示组考〔2040〕2号", "示组考〔2040〕3号");
    assertThat(issue(NoticeType.TEAM_RESULT, cadres.get(0), 2040).getDocumentNumber()).isEqualTo("示组班〔2040〕1号");
    assertThat(issue(NoticeType.RESULT, cadres.get(0), 2041).getDocumentNumber()).isEqualTo("示组考〔2041〕1号");
    Notice again = issue(NoticeType.RESULT, cadres.get(0), 2040);
    assertThat(again.getDocumentNumber()).as("the same notice again keeps its number").isEqualTo("示组考〔2040〕1号");
    assertThat(again.getHtml()).contains("示组考〔2040〕1号");
  }

  @Test
  void noticesIssuedAtTheSameTime_getDistinctConsecutiveNumbers() throws Exception {
    List<Cadre> cadres = cadres("dn-c", 8);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int year = 2042; year < 2052; year++) { // several rounds: a race shows up only sometimes
        int round = year;
        List<Callable<String>> jobs = cadres.stream()
            .map(c -> (Callable<String>) () -> issue(NoticeType.RESULT, c, round).getDocumentNumber()).toList();
        List<String> numbers = new ArrayList<>();
        for (Future<String> number : pool.invokeAll(jobs)) {
          numbers.add(number.get());
        }
        assertThat(numbers).as("year %d", round).doesNotHaveDuplicates().hasSize(8)
            .allMatch(n -> n.matches("示组考〔" + round + "〕[1-8]号"));
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Two nodes: the second creates the year's counter a moment after the first has given numbers from
   * it. Its new counter must fail to insert, never be merged over the first node's (a merge wrote 0
   * over it and both nodes gave 1 and 2 again: found by TwoNodeRun).
   */
  @Test
  void aCounterCreatedAgainByAnotherNode_neverResetsTheNumbers() {
    DocumentNumbers first = new DocumentNumbers(counters, transactions);
    DocumentNumbers second = new DocumentNumbers(counters, transactions);
    assertThat(first.next("示组", NoticeType.COMMENDATION, 2098)).isEqualTo("示组嘉〔2098〕1号");
    assertThat(first.next("示组", NoticeType.COMMENDATION, 2098)).isEqualTo("示组嘉〔2098〕2号");

    TransactionTemplate own = new TransactionTemplate(transactions);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.executeWithoutResult(status ->
            counters.saveAndFlush(new NoticeCounter(NoticeType.COMMENDATION.name(), 2098))))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

    assertThat(second.next("示组", NoticeType.COMMENDATION, 2098)).isEqualTo("示组嘉〔2098〕3号");
  }

  /** Two nodes (two instances, each with its own lock) giving a new year's first numbers at once. */
  @Test
  void twoNodesStartingAYearAtOnce_neverGiveTheSameNumber() throws Exception {
    List<DocumentNumbers> nodes = List.of(new DocumentNumbers(counters, transactions),
        new DocumentNumbers(counters, transactions));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int year = 2100; year < 2110; year++) {
        int round = year;
        List<Callable<String>> takers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          DocumentNumbers node = nodes.get(i % 2);
          takers.add(() -> node.next("示组", NoticeType.MERIT, round));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> number : pool.invokeAll(takers)) {
          numbers.add(number.get());
        }
        assertThat(numbers).as("year %d", round).doesNotHaveDuplicates()
            .allMatch(n -> n.matches("示组功〔" + round + "〕[1-8]号"));
      }
    } finally {
      pool.shutdown();
    }
  }

  private Notice issue(NoticeType type, Cadre cadre, int year) {
    return transaction.execute(status -> notices.issue(type, organisation.cadreByCode(cadre.getCode()),
        year + "-ANNUAL/campaign-dn", Map.of("year", year, "grade", "称职", "problems", "", "suggestions", "",
            "reviewComment", "")));
  }

  private List<Cadre> cadres(String unit, int count) {
    organisation.registerUnit(unit, "文号测试局" + unit, UnitCategory.DEPARTMENT, null);
    List<Cadre> cadres = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      cadres.add(organisation.registerCadre(unit + "-" + i, "干部" + i, "副局长", i == 1 ? CadreRole.PRINCIPAL : CadreRole.DEPUTY,
          unit, unit + "-" + i, LocalDate.of(1980, 1, 1), "dn-pass-1"));
    }
    return cadres;
  }
}
