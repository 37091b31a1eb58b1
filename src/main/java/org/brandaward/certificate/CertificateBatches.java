package org.brandaward.certificate;

import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 批量发证 — the certificates of a published list: publication queues a batch in its own transaction, a background
 * runner ({@link CertificateBatchRunner}) issues them one small transaction at a time, and the office watches the
 * progress and resumes a stopped batch.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class CertificateBatches {

    static final String AUDIT_TYPE = "CERTIFICATE_BATCH";
    /** A batch begun whose runner took no step for so long is taken for interrupted (its node was stopped or killed). */
    static final Duration STALLED_AFTER = Duration.ofMinutes(1);

    private final CertificateBatchRepository batches;
    private final CertificateBatchItems items;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateBatches(CertificateBatchRepository batches, CertificateBatchItems items, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.batches = batches;
        this.items = items;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues the certificates of a round's published list, {@code applicationIds} in the list's order, dated
     * {@code issuedOn} (the publication's day). Joins the publishing transaction, so the list and its batch commit
     * together; a runner starts on it once they have.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public void open(long roundId, List<Long> applicationIds, LocalDate issuedOn) {
        if (batches.findByRoundId(roundId).isPresent()) {
            throw new RuleViolationException("certificateBatch.exists", roundId);
        }
        CertificateBatch batch = batches.saveAndFlush(new CertificateBatch(roundId, issuedOn, applicationIds.size(), clock.instant()));
        items.add(batch.getId(), applicationIds);
        audit.record(AUDIT_TYPE, batch.getId(), "QUEUED", null, batch.getState(), "round " + roundId + ", " + applicationIds.size() + " certificates");
        events.publishEvent(new CertificateBatchQueued(batch.getId()));
    }

    /** The round's batch as the office watches it; empty when the round has none (not published, or no certificates). */
    @PreAuthorize("hasRole('OFFICE')")
    public Optional<Progress> progress(long roundId) {
        return batches.findByRoundId(roundId).map(this::progressOf);
    }

    /**
     * 继续发证 — queues a batch that is not running again (stopped by a failed step, interrupted, or still waiting),
     * so a runner takes it up where it stopped; refused while a runner is at work on it and when it is done.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void resume(long roundId) {
        long batchId = batches.idOfRound(roundId).orElseThrow(() -> new RuleViolationException("certificateBatch.none"));
        CertificateBatch batch = batches.lock(batchId).orElseThrow();
        Status status = progressOf(batch).status();
        if (status == Status.DONE) {
            throw new RuleViolationException("certificateBatch.done");
        }
        if (status == Status.RUNNING) {
            throw new RuleViolationException("certificateBatch.running");
        }
        CertificateBatch.State before = batch.getState();
        batch.requeue();
        audit.record(AUDIT_TYPE, batch.getId(), "RESUMED", before, batch.getState(),
                batch.getIssued() + " of " + batch.getTotal() + " issued");
        events.publishEvent(new CertificateBatchQueued(batch.getId()));
    }

    private Progress progressOf(CertificateBatch batch) {
        return new Progress(batch.getIssued(), batch.getTotal(), statusOf(batch), batch.getLastError(), batch.getStartedAt(),
                batch.getFinishedAt());
    }

    private Status statusOf(CertificateBatch batch) {
        return switch (batch.getState()) {
            case QUEUED -> Status.QUEUED;
            case STOPPED -> Status.STOPPED;
            case DONE -> Status.DONE;
            case RUNNING -> batch.getProgressedAt() != null && batch.getProgressedAt().plus(STALLED_AFTER).isBefore(clock.instant())
                    ? Status.INTERRUPTED : Status.RUNNING;
        };
    }

    /** What the office reads of a batch: QUEUED waits for a runner, INTERRUPTED lost its runner and waits for the next. */
    public enum Status { QUEUED, RUNNING, INTERRUPTED, STOPPED, DONE }

    /** A batch's progress: {@code issued} of {@code total}, its status and, when stopped, why. */
    public record Progress(int issued, int total, Status status, String error, Instant startedAt, Instant finishedAt) {

        /** The share issued, 0 to 1; 1 for a batch of none. */
        public double share() {
            return total == 0 ? 1 : (double) issued / total;
        }

        /** Whether the office may start or resume it: not done and no runner at work on it. */
        public boolean resumable() {
            return status != Status.DONE && status != Status.RUNNING;
        }
    }
}
