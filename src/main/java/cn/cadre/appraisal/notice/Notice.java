package cn.cadre.appraisal.notice;

import cn.cadre.appraisal.organisation.Cadre;
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
import java.time.LocalDateTime;

/** A generated written notice (通知/回执/决定), stored once per type, recipient and reference. */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private NoticeType type;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_cadre_id", nullable = false)
  private Cadre recipient;

  /** The round the notice belongs to (null on notices issued before rounds were recorded on them). */
  @Column(name = "campaign_id")
  private Long campaignId;

  /** What the notice is about: the business key of its process, e.g. 2026-ANNUAL/unit-edu. */
  @Column(nullable = false, length = 200)
  private String reference;

  @Column(nullable = false, length = 200)
  private String title;

  /** 文号, e.g. 示组考〔2026〕3号 (null on notices issued before numbering). */
  @Column(name = "document_number", length = 60)
  private String documentNumber;

  @Column(nullable = false, columnDefinition = "longtext")
  private String html;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  /** 签收: when the recipient first opened it; null while unread. */
  @Column(name = "received_at")
  private LocalDateTime receivedAt;

  /** When its recipient was reminded to receive it (once). */
  @Column(name = "receipt_reminded_at")
  private LocalDateTime receiptRemindedAt;

  protected Notice() {}

  public Notice(NoticeType type, Cadre recipient, Long campaignId, String reference, String title,
      String documentNumber, String html, LocalDateTime createdAt) {
    this.campaignId = campaignId;
    this.documentNumber = documentNumber;
    this.type = type;
    this.recipient = recipient;
    this.reference = reference;
    this.title = title;
    this.html = html;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public NoticeType getType() { return type; }
  public Long getCampaignId() { return campaignId; }
  public Cadre getRecipient() { return recipient; }
  public String getReference() { return reference; }
  public String getTitle() { return title; }
  public String getDocumentNumber() { return documentNumber; }
  public String getHtml() { return html; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public LocalDateTime getReceivedAt() { return receivedAt; }
  public LocalDateTime getReceiptRemindedAt() { return receiptRemindedAt; }

  void receiptReminded(LocalDateTime at) {
    this.receiptRemindedAt = at;
  }
}
