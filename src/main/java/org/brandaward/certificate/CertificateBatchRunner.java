package org.brandaward.certificate;

import org.brandaward.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Works batches off step by step ({@link CertificateBatchSteps}), as the engine. Any number of runners may run at
 * once, on one node or several: a step claims its batch with {@code for update skip locked}, so two never work on the
 * same batch at the same moment, and a runner that meets a claimed batch leaves it to the other. Progress lives only
 * in the database, so a restarted node (or another) simply carries on.
 */
@Component
class CertificateBatchRunner {

    private static final Logger log = LoggerFactory.getLogger(CertificateBatchRunner.class);
    /** How long {@link #runToEnd} waits before looking again at a batch another runner holds. */
    private static final Duration BUSY_PAUSE = Duration.ofMillis(20);

    private final CertificateBatchRepository batches;
    private final CertificateBatchSteps steps;
    private volatile boolean closing;

    CertificateBatchRunner(CertificateBatchRepository batches, CertificateBatchSteps steps) {
        this.batches = batches;
        this.steps = steps;
    }

    /** The context is shutting down: stop after the current step, and take a failure from now on for the shutdown's. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    /** Works every runnable batch that no other runner holds right now; what the scheduler calls. Returns how many it issued. */
    int runRunnable() {
        List<Long> runnable = batches.runnable();
        int issued = 0;
        for (long batchId : runnable) {
            issued += run(batchId, false);
        }
        return issued;
    }

    /** Runs the batch to its end, waiting while another runner holds it; returns how many this call issued. */
    int runToEnd(long batchId) {
        return run(batchId, true);
    }

    private int run(long batchId, boolean waitForOthers) {
        int issued = 0;
        while (!closing && !Thread.currentThread().isInterrupted()) {
            CertificateBatchSteps.Outcome outcome;
            try {
                outcome = asEngine(() -> steps.issueNext(batchId));
            } catch (RuntimeException e) {
                if (closing || Thread.currentThread().isInterrupted()) {
                    // The step rolled back with the shutdown; the next runner repeats it.
                    log.info("Certificate batch {} left at shutdown after {} certificates of this run", batchId, issued);
                    return issued;
                }
                log.warn("Certificate batch {} stopped: its step failed", batchId, e);
                asEngine(() -> {
                    steps.stop(batchId, describe(e));
                    return null;
                });
                return issued;
            }
            switch (outcome) {
                case ISSUED -> issued++;
                case FINISHED -> {
                    return issued;
                }
                case BUSY -> {
                    if (!waitForOthers || !pause()) {
                        return issued;
                    }
                }
            }
        }
        return issued;
    }

    private static boolean pause() {
        try {
            Thread.sleep(BUSY_PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What the office reads of a failed step: the rule's key or the exception, never a stack trace. */
    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static <T> T asEngine(Callable<T> work) {
        try {
            return CurrentUser.asEngine(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
