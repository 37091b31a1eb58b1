package org.brandaward.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.brandaward.programme.ProgrammeDescriptor.Fraction;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 评审委员会会议 — the committee's meeting for one round. The shares (quorum, pass) and the quota are fixed when the
 * office convenes it, so a later change of the programme settings does not change a running ballot.
 */
@Entity
@Table(name = "committee_meeting")
class Meeting extends AbstractEntity {

    enum Status { BALLOT_OPEN, BALLOT_CLOSED, SIGNED_OFF }

    @Column(nullable = false)
    private long roundId;
    @Column(nullable = false)
    private LocalDate meetingDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.BALLOT_OPEN;
    private int quorumNumerator;
    private int quorumDenominator;
    private int passNumerator;
    private int passDenominator;
    private Integer quota;
    @Column(nullable = false)
    private String convenedBy;
    private Integer present;
    private String closedBy;
    private String resolutionReason;
    private String resolvedBy;
    private String signedOffBy;
    private Instant signedOffAt;

    protected Meeting() {
    }

    Meeting(long roundId, LocalDate meetingDate, Fraction quorum, Fraction pass, Integer quota, String convenedBy) {
        this.roundId = roundId;
        this.meetingDate = meetingDate;
        this.quorumNumerator = quorum.numerator();
        this.quorumDenominator = quorum.denominator();
        this.passNumerator = pass.numerator();
        this.passDenominator = pass.denominator();
        this.quota = quota;
        this.convenedBy = convenedBy;
    }

    void close(int present, String closedBy) {
        this.status = Status.BALLOT_CLOSED;
        this.present = present;
        this.closedBy = closedBy;
    }

    void resolve(String reason, String resolvedBy) {
        this.resolutionReason = reason;
        this.resolvedBy = resolvedBy;
    }

    void signOff(String signedOffBy, Instant at) {
        this.status = Status.SIGNED_OFF;
        this.signedOffBy = signedOffBy;
        this.signedOffAt = at;
    }

    long getRoundId() {
        return roundId;
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    Status getStatus() {
        return status;
    }

    boolean isBallotOpen() {
        return status == Status.BALLOT_OPEN;
    }

    Fraction quorum() {
        return new Fraction(quorumNumerator, quorumDenominator);
    }

    Fraction pass() {
        return new Fraction(passNumerator, passDenominator);
    }

    Integer getQuota() {
        return quota;
    }

    Integer getPresent() {
        return present;
    }

    String getResolutionReason() {
        return resolutionReason;
    }

    String getSignedOffBy() {
        return signedOffBy;
    }

    Instant getSignedOffAt() {
        return signedOffAt;
    }
}
