package cn.cadre.appraisal.evaluation;

/** Offices asked for each cadre's negative list during verification (了解核实). */
public enum Office {
  DISCIPLINE("纪检监察"),
  AUDIT("审计"),
  PETITIONS("信访");

  private final String displayName;

  Office(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() { return displayName; }
}
