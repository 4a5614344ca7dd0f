package cn.cadre.appraisal.application;

import java.util.Map;

/** Engine side of result application: one ResultApplicationProcess instance per final grade. */
public interface ResultApplicationPort {

  /** True when an instance with this business key was ever started (running or ended). */
  boolean isStarted(String businessKey);

  /** Starts the instance; talkLeaders (userId → name) fill the talk forms' choice of 谈话人. */
  void start(ResultFacts facts, Map<String, String> talkLeaders);
}
