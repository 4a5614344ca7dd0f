package cn.cadre.appraisal.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One item of a rectification list (整改清单); an open item is checked again at the next round. */
@Entity
@Table(name = "rectification_item")
public class RectificationItem {

  public enum Status { OPEN, DONE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id", nullable = false)
  private ResultAction action;

  @Column(nullable = false)
  private int seq;

  @Column(name = "item_text", nullable = false, length = 1000)
  private String text;

  @Column(nullable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  protected RectificationItem() {}

  RectificationItem(ResultAction action, int seq, String text, LocalDate deadline) {
    this.action = action;
    this.seq = seq;
    this.text = text;
    this.deadline = deadline;
    this.status = Status.OPEN;
  }

  void close(LocalDate on) {
    this.status = Status.DONE;
    this.closedOn = on;
  }

  void reopen() {
    this.status = Status.OPEN;
    this.closedOn = null;
  }

  public ResultAction getAction() { return action; }
  public int getSeq() { return seq; }
  public String getText() { return text; }
  public LocalDate getDeadline() { return deadline; }
  public Status getStatus() { return status; }
  public LocalDate getClosedOn() { return closedOn; }
}
