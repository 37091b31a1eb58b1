package org.brandaward.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 反馈报告发布 — the office's release of a round's feedback reports, once per round, with the rank band each
 * application the experts scored had at that moment. Never changed afterwards.
 */
@Entity
@Table(name = "feedback_release")
class FeedbackRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id", nullable = false, unique = true)
    private long roundId;
    @Column(name = "released_by", nullable = false)
    private String releasedBy;
    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_rank_band", joinColumns = @JoinColumn(name = "release_id"))
    @MapKeyColumn(name = "application_id")
    @Column(name = "band", nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<Long, RankBand> bands = new HashMap<>();

    protected FeedbackRelease() {
    }

    FeedbackRelease(long roundId, Map<Long, RankBand> bands, String releasedBy, Instant releasedAt) {
        this.roundId = roundId;
        this.bands.putAll(bands);
        this.releasedBy = releasedBy;
        this.releasedAt = releasedAt;
    }

    /** The band of an application reviewed by the experts when the reports were released; empty for any other. */
    Optional<RankBand> bandOf(long applicationId) {
        return Optional.ofNullable(bands.get(applicationId));
    }

    int reports() {
        return bands.size();
    }

    long getRoundId() {
        return roundId;
    }

    String getReleasedBy() {
        return releasedBy;
    }

    Instant getReleasedAt() {
        return releasedAt;
    }
}
