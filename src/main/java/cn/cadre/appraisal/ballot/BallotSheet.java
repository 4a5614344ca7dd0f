package cn.cadre.appraisal.ballot;

import java.util.List;

/** The ballot a token opens: the unit's cadres and team, with the choices in Chinese. */
public record BallotSheet(int year, String unitCode, String unitName, List<Person> cadres,
                          List<Choice> overallChoices, List<Choice> teamChoices, List<Choice> dimensions) {

  public record Person(String code, String name, String position) {}

  public record Choice(String value, String label) {}
}
