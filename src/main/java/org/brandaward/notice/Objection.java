package org.brandaward.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 异议 — an objection against one candidate of a notice, by a named objector. The objector's name, identity and
 * contact are for the office only; the applicant reads the grounds, the objector reads the status and the answer
 * with the reference and the secret key (kept only as its hash).
 */
@Entity
@Table(name = "objection")
public class Objection extends AbstractEntity {

    public static final int NAME_MAX = 50;
    public static final int CONTACT_MAX = 100;
    public static final int TEXT_MAX = 2000;

    public enum IdType { RESIDENT_ID, PASSPORT, OTHER }

    public enum Status {
        OPEN, AWAITING_RESPONSE, UPHELD, DISMISSED;

        public boolean isDecided() {
            return this == UPHELD || this == DISMISSED;
        }
    }

    @Column(nullable = false, unique = true)
    private String reference;
    @Column(name = "key_hash", nullable = false)
    private String keyHash;
    @Column(name = "notice_id", nullable = false)
    private long noticeId;
    @Column(name = "candidate_id", nullable = false)
    private long candidateId;
    @Column(name = "objector_name", nullable = false)
    private String objectorName;
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false)
    private IdType idType;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Column(nullable = false)
    private String contact;
    @Column(nullable = false, length = TEXT_MAX)
    private String grounds;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "response_due")
    private LocalDate responseDue;
    @Column(length = TEXT_MAX)
    private String response;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "decision_reason", length = TEXT_MAX)
    private String decisionReason;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;

    protected Objection() {
    }

    Objection(String reference, String keyHash, long noticeId, long candidateId, String objectorName, IdType idType,
              String idNumber, String contact, String grounds, Instant submittedAt) {
        this.reference = reference;
        this.keyHash = keyHash;
        this.noticeId = noticeId;
        this.candidateId = candidateId;
        this.objectorName = objectorName;
        this.idType = idType;
        this.idNumber = idNumber;
        this.contact = contact;
        this.grounds = grounds;
        this.status = Status.OPEN;
        this.submittedAt = submittedAt;
    }

    void askForResponse(LocalDate due) {
        status = Status.AWAITING_RESPONSE;
        responseDue = due;
        response = null;
        respondedAt = null;
    }

    void answer(String text, Instant at) {
        response = text;
        respondedAt = at;
        status = Status.OPEN;
    }

    void decide(boolean upheld, String reason, String by, Instant at) {
        status = upheld ? Status.UPHELD : Status.DISMISSED;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    public String getReference() {
        return reference;
    }

    String getKeyHash() {
        return keyHash;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public String getObjectorName() {
        return objectorName;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getContact() {
        return contact;
    }

    public String getGrounds() {
        return grounds;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getResponseDue() {
        return responseDue;
    }

    public String getResponse() {
        return response;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
