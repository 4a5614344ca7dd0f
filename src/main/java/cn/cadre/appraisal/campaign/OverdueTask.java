package cn.cadre.appraisal.campaign;

import java.time.LocalDateTime;
import java.util.List;

/** A task of a round past its due date: a red light (红灯). */
public record OverdueTask(String taskId, String taskName, String stage, String businessKey, String assignee,
                          List<String> candidateGroups, List<String> candidateUsers, LocalDateTime due) {}
