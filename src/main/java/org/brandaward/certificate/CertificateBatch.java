package org.brandaward.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 批量发证 — the issue of a published list's certificates, one per listed application, in the list's order. Its row is
 * both the progress (issued of total) and what a runner locks for each step, so it carries no lease that a killed
 * runner would leave behind.
 */
@Entity
@Table(name = "certificate_batch")
class CertificateBatch {

    /** QUEUED: waits for a runner; RUNNING: a runner has begun; STOPPED: a step failed, the office resumes it; DONE. */
    enum State { QUEUED, RUNNING, STOPPED, DONE }

    static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id", nullable = false, unique = true)
    private long roundId;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(nullable = false)
    private int total;
    @Column(nullable = false)
    private int issued;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.QUEUED;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "progressed_at")
    private Instant progressedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected CertificateBatch() {
    }

    CertificateBatch(long roundId, LocalDate issuedOn, int total, Instant createdAt) {
        this.roundId = roundId;
        this.issuedOn = issuedOn;
        this.total = total;
        this.createdAt = createdAt;
    }

    /** Whether a runner should take steps of it: queued, or begun and not stopped or done (a killed runner's batch). */
    boolean isRunnable() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    void issuedOne(Instant at) {
        if (state == State.QUEUED) {
            state = State.RUNNING;
            if (startedAt == null) {
                startedAt = at;
            }
        }
        issued++;
        progressedAt = at;
    }

    void finish(Instant at) {
        state = State.DONE;
        finishedAt = at;
        progressedAt = at;
    }

    void stop(String error, Instant at) {
        state = State.STOPPED;
        lastError = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        progressedAt = at;
    }

    void requeue() {
        state = State.QUEUED;
        lastError = null;
    }

    Long getId() {
        return id;
    }

    long getRoundId() {
        return roundId;
    }

    LocalDate getIssuedOn() {
        return issuedOn;
    }

    int getTotal() {
        return total;
    }

    int getIssued() {
        return issued;
    }

    State getState() {
        return state;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getProgressedAt() {
        return progressedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    String getLastError() {
        return lastError;
    }
}
