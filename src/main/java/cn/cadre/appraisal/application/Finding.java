package cn.cadre.appraisal.application;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;

/**
 * What an appraisal other than the annual round found about a cadre (or, with no cadre, a unit's
 * team) that acts at once (平时考核落得实): early-sign problems, a named weakness, problems to
 * rectify, a place on the "doing well" list, a special appraisal's conclusion (COMMEND, PROMOTE, NOT_NOW,
 * TALENT_POOL with the pool's name, ACCOUNTABLE).
 * basis names the appraisal in words for tasks and notices.
 */
public record Finding(ResultSource source, long sourceId, int year, String basis, Unit unit, Cadre cadre,
                      boolean earlySignProblems, String weaknessTopic, String problems, boolean problemsFound,
                      boolean doingWell, String conclusion, String poolName) {

  /** Something the result-application table acts on; a finding without any opens nothing. */
  public boolean actionable() {
    return earlySignProblems || doingWell || problemsFound || (weaknessTopic != null && !weaknessTopic.isBlank())
        || conclusion != null;
  }

  /** One subject per appraisal and person: routine-7/cadre-c1001, special-3/team-u01. */
  String key() {
    return source.name().toLowerCase() + "-" + sourceId + "/" + (cadre != null ? "cadre-" + cadre.getCode()
        : "team-" + unit.getCode());
  }
}
