package cn.cadre.appraisal.notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 文号: a notice's document number, e.g. 示组考〔2026〕3号 — organ prefix, type character, year and a
 * per-type, per-year counter. The number is taken in the notice's own transaction, so a notice that
 * is rolled back leaves no gap and two notices never get the same number.
 */
@Component
class DocumentNumbers {

  private final NoticeCounterRepository counters;
  private final TransactionTemplate newTransaction;
  private final String prefix;

  DocumentNumbers(NoticeCounterRepository counters, PlatformTransactionManager transactions,
      @Value("${appraisal.document-prefix:示组}") String prefix) {
    this.counters = counters;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.prefix = prefix;
  }

  @Transactional
  public String next(NoticeType type, int year) {
    ensureCounter(type, year);
    NoticeCounter counter = counters.lockFor(type.name(), year)
        .orElseThrow(() -> new IllegalStateException("No counter for " + type + " " + year));
    return prefix + type.numberCode() + "〔" + year + "〕" + counter.next() + "号";
  }

  /** The first notice of a type in a year creates its counter; a concurrent creator's row is fine too. */
  private void ensureCounter(NoticeType type, int year) {
    if (counters.existsById(new NoticeCounter.Key(type.name(), year))) {
      return;
    }
    try {
      newTransaction.executeWithoutResult(status -> counters.saveAndFlush(new NoticeCounter(type.name(), year)));
    } catch (DataIntegrityViolationException created) {
      // another notice created it first
    }
  }
}
