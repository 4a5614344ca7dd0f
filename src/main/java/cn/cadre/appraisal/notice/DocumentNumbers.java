package cn.cadre.appraisal.notice;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 文号: a notice's document number, e.g. 示组考〔2026〕3号 — organ prefix, type character, year and a
 * per-type, per-year counter. A number is taken in a short transaction of its own, one at a time
 * in this application (H2 does not re-read a row an UPDATE waited for, so the database alone is
 * not enough there), and never given twice. A notice whose own transaction then fails leaves a gap.
 */
@Component
class DocumentNumbers {

  private final NoticeCounterRepository counters;
  private final TransactionTemplate ownTransaction;

  DocumentNumbers(NoticeCounterRepository counters, PlatformTransactionManager transactions) {
    this.counters = counters;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the type and year, after the organ's prefix (示组). */
  public synchronized String next(String prefix, NoticeType type, int year) {
    Integer number = take(type, year);
    if (number == null) {
      // the first notice of its type and year: its counter is created, then counted
      createCounter(type, year);
      number = take(type, year);
      if (number == null) {
        throw new IllegalStateException("No document-number counter for " + type + " " + year);
      }
    }
    return prefix + type.numberCode() + "〔" + year + "〕" + number + "号";
  }

  /** The counter's next value, or null when the type and year have no counter yet. */
  private Integer take(NoticeType type, int year) {
    return ownTransaction.execute(status ->
        counters.increment(type.name(), year) == 1 ? counters.current(type.name(), year) : null);
  }

  /** Another node may have created it already. */
  private void createCounter(NoticeType type, int year) {
    try {
      ownTransaction.executeWithoutResult(status -> {
        if (!counters.existsById(new NoticeCounter.Key(type.name(), year))) {
          counters.saveAndFlush(new NoticeCounter(type.name(), year));
        }
      });
    } catch (DataIntegrityViolationException createdElsewhere) {
      // the row exists now, which is all we need
    }
  }
}
