package org.brandaward.certificate;

import org.brandaward.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * One step of a batch per transaction: the certificate (row and number), the item it fills and the batch's progress
 * commit together or not at all, so a runner killed at any moment leaves the batch exactly at its last committed
 * certificate — no number taken without its certificate, none given twice.
 */
@Component
class CertificateBatchSteps {

    enum Outcome {
        /** One certificate issued; there may be more. */
        ISSUED,
        /** Another runner holds the batch for a step of its own. */
        BUSY,
        /** Nothing to do: done, stopped, or finished by this step's check. */
        FINISHED
    }

    private final CertificateBatchRepository batches;
    private final CertificateBatchItems items;
    private final CertificateService certificates;
    private final AuditLog audit;
    private final Clock clock;

    CertificateBatchSteps(CertificateBatchRepository batches, CertificateBatchItems items, CertificateService certificates,
                          AuditLog audit, Clock clock) {
        this.batches = batches;
        this.items = items;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues the batch's next certificate in the list's order, unless another runner holds the batch. */
    @Transactional
    Outcome issueNext(long batchId) {
        Optional<CertificateBatch> claimed = batches.claim(batchId);
        if (claimed.isEmpty()) {
            return Outcome.BUSY;
        }
        CertificateBatch batch = claimed.get();
        if (!batch.isRunnable()) {
            return Outcome.FINISHED;
        }
        Optional<Long> next = items.nextOpen(batchId);
        if (next.isEmpty()) {
            finish(batch);
            return Outcome.FINISHED;
        }
        if (batch.getState() == CertificateBatch.State.QUEUED) {
            audit.record(CertificateBatches.AUDIT_TYPE, batchId, "STARTED", batch.getState(), CertificateBatch.State.RUNNING,
                    batch.getIssued() + " of " + batch.getTotal() + " issued");
        }
        Certificate certificate = certificates.issue(next.get(), batch.getIssuedOn());
        items.issued(batchId, next.get(), certificate.getId());
        batch.issuedOne(clock.instant());
        if (batch.getIssued() == batch.getTotal()) {
            finish(batch);
        }
        return Outcome.ISSUED;
    }

    /** Stops a batch whose step failed, keeping why, until the office resumes it. */
    @Transactional
    void stop(long batchId, String error) {
        CertificateBatch batch = batches.lock(batchId).orElseThrow();
        if (!batch.isRunnable()) {
            return;
        }
        CertificateBatch.State before = batch.getState();
        batch.stop(error, clock.instant());
        audit.record(CertificateBatches.AUDIT_TYPE, batchId, "STOPPED", before, batch.getState(), batch.getLastError());
    }

    private void finish(CertificateBatch batch) {
        CertificateBatch.State before = batch.getState();
        batch.finish(clock.instant());
        audit.record(CertificateBatches.AUDIT_TYPE, batch.getId(), "DONE", before, batch.getState(),
                batch.getIssued() + " of " + batch.getTotal() + " issued");
    }
}
