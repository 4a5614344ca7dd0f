package cn.cadre.appraisal.routine;

/** Engine side of a field stay: one FieldStayProcess per stay. */
public interface FieldStayProcessPort {

  void start(FieldStay stay);
}
