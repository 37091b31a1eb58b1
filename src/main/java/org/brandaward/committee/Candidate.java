package org.brandaward.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;

import java.math.BigDecimal;

/**
 * A candidate put to the committee: the application with its rank and score summary as the ranking showed them when
 * the meeting was convened, and, once the ballot is closed, the totals (never who chose what).
 */
@Entity
@Table(name = "committee_candidate")
class Candidate extends AbstractEntity {

    @Column(nullable = false)
    private long meetingId;
    @Column(nullable = false)
    private long applicationId;
    @Column(nullable = false)
    private int rank;
    @Column(nullable = false)
    private String applicant;
    private String entry;
    private BigDecimal score;
    private String proposedTier;
    private Integer approvals;
    private Integer rejections;
    private Integer abstentions;
    private Integer awardVotes;
    private Integer nominationVotes;
    private Boolean passed;
    private String tier;
    private Boolean kept;

    protected Candidate() {
    }

    Candidate(long meetingId, long applicationId, int rank, String applicant, String entry, BigDecimal score, String proposedTier) {
        this.meetingId = meetingId;
        this.applicationId = applicationId;
        this.rank = rank;
        this.applicant = applicant;
        this.entry = entry;
        this.score = score;
        this.proposedTier = proposedTier;
    }

    void count(Totals totals, boolean passed, String tier) {
        this.approvals = totals.approvals();
        this.rejections = totals.rejections();
        this.abstentions = totals.abstentions();
        this.awardVotes = totals.firstTierVotes();
        this.nominationVotes = totals.secondTierVotes();
        this.passed = passed;
        this.tier = passed ? tier : null;
        this.kept = passed;
    }

    void keep(boolean kept) {
        this.kept = kept && Boolean.TRUE.equals(passed);
    }

    long getMeetingId() {
        return meetingId;
    }

    long getApplicationId() {
        return applicationId;
    }

    int getRank() {
        return rank;
    }

    String getApplicant() {
        return applicant;
    }

    String getEntry() {
        return entry;
    }

    BigDecimal getScore() {
        return score;
    }

    String getProposedTier() {
        return proposedTier;
    }

    Integer getApprovals() {
        return approvals;
    }

    Integer getRejections() {
        return rejections;
    }

    Integer getAbstentions() {
        return abstentions;
    }

    Integer getAwardVotes() {
        return awardVotes;
    }

    Integer getNominationVotes() {
        return nominationVotes;
    }

    boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    String getTier() {
        return tier;
    }

    boolean isKept() {
        return Boolean.TRUE.equals(kept);
    }

    /** The counted ballots for one candidate. */
    record Totals(int approvals, int rejections, int abstentions, int firstTierVotes, int secondTierVotes) {
    }
}
