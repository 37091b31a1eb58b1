package org.brandaward.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;

/**
 * An expert drawn for an application in one stage of its review, until they decline it or declare no conflict and
 * accept confidentiality. A site review team has one leader.
 */
@Entity
@Table(name = "expert_assignment")
public class ExpertAssignment extends AbstractEntity {

    public enum Status { DRAWN, DECLARED, DECLINED }

    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(name = "expert_id", nullable = false)
    private long expertId;
    @Column(name = "draw_id", nullable = false)
    private long drawId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStage stage;
    @Column(nullable = false)
    private boolean leader;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAWN;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ExpertAssignment() {
    }

    ExpertAssignment(long applicationId, long expertId, long drawId, ReviewStage stage, boolean leader) {
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.drawId = drawId;
        this.stage = stage;
        this.leader = leader;
    }

    void declare(Instant at) {
        status = Status.DECLARED;
        answeredAt = at;
    }

    void decline(String reason, Instant at) {
        status = Status.DECLINED;
        declineReason = reason;
        answeredAt = at;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getExpertId() {
        return expertId;
    }

    public Status getStatus() {
        return status;
    }

    public ReviewStage getStage() {
        return stage;
    }

    public boolean isLeader() {
        return leader;
    }

    public String getDeclineReason() {
        return declineReason;
    }
}
