package cn.cadre.appraisal.organisation;

import java.util.List;

import java.util.Collection;

/**
 * What a roster import did, per kind of row (a second import of the same file is all unchanged), and
 * the one-time password of every user it created: answered this once, stored nowhere in clear.
 */
public record RosterReport(Counts units, Counts cadres, Counts staff, List<Credential> credentials) {

  /** A new user's one-time password, to hand over (slip or spreadsheet); replaced at the first sign-in. */
  public record Credential(String userId, String name, String oneTimePassword) {}

  public record Counts(int created, int updated, int unchanged) {
    static Counts of(Collection<Outcome> outcomes) {
      return new Counts(count(outcomes, Outcome.CREATED), count(outcomes, Outcome.UPDATED),
          count(outcomes, Outcome.UNCHANGED));
    }

    private static int count(Collection<Outcome> outcomes, Outcome outcome) {
      return (int) outcomes.stream().filter(outcome::equals).count();
    }
  }

  enum Outcome {
    CREATED, UPDATED, UNCHANGED;

    static Outcome updated(boolean changed) {
      return changed ? UPDATED : UNCHANGED;
    }
  }
}
