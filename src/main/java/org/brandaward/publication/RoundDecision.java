package org.brandaward.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 审定、发布 — the decision of one round: started once by the office when expert review is over, approved with the
 * issuing authority's document number and date, then published. Its entries are {@link RoundDecisionEntry} rows.
 */
@Entity
@EntityListeners(PublishedListChanges.class)
@Table(name = "round_decision")
class RoundDecision extends AbstractEntity {

    @Column(name = "round_id", nullable = false, unique = true)
    private long roundId;
    @Column(name = "programme_id", nullable = false)
    private String programmeId;
    @Column(nullable = false)
    private int year;
    /** The list recommends upward (中华老字号): no certificate, the ministry's outcome recorded later. */
    @Column(nullable = false)
    private boolean recommendation;
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected RoundDecision() {
    }

    RoundDecision(long roundId, String programmeId, int year, boolean recommendation, String startedBy, Instant startedAt) {
        this.roundId = roundId;
        this.programmeId = programmeId;
        this.year = year;
        this.recommendation = recommendation;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void approve(String decisionNumber, LocalDate decisionDate, String approvedBy, Instant approvedAt) {
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    void publish(Instant at) {
        this.publishedAt = at;
    }

    boolean isApproved() {
        return approvedAt != null;
    }

    boolean isPublished() {
        return publishedAt != null;
    }

    long getRoundId() {
        return roundId;
    }

    String getProgrammeId() {
        return programmeId;
    }

    int getYear() {
        return year;
    }

    boolean isRecommendation() {
        return recommendation;
    }

    String getDecisionNumber() {
        return decisionNumber;
    }

    LocalDate getDecisionDate() {
        return decisionDate;
    }

    Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
