package org.brandaward.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.brandaward.programme.ProgrammeDescriptor.RecommendationLevel;

import java.time.Instant;

/** 推荐意见 — one level's decision on an application: passed upward, or turned down with a reason. Quotas count these. */
@Entity
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommendationLevel level;
    /** The task group of the deciding bureau, e.g. {@code COUNTY:济南市/历下区}. */
    @Column(nullable = false)
    private String region;
    private boolean recommended;
    private String reason;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Recommendation() {
    }

    Recommendation(long applicationId, long roundId, RecommendationLevel level, String region, boolean recommended,
                   String reason, String decidedBy, Instant decidedAt) {
        this.applicationId = applicationId;
        this.roundId = roundId;
        this.level = level;
        this.region = region;
        this.recommended = recommended;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public RecommendationLevel getLevel() {
        return level;
    }

    public String getRegion() {
        return region;
    }

    public boolean isRecommended() {
        return recommended;
    }

    public String getReason() {
        return reason;
    }
}
