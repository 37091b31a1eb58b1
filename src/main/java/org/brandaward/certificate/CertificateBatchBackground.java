package org.brandaward.certificate;

import jakarta.annotation.PreDestroy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The background runner of certificate batches: a batch starts as soon as the transaction that queued it commits, and
 * every {@code brand-award.certificate-batch.poll-interval} (10 s) the node looks for batches left runnable — those of a
 * node that was stopped or killed mid-batch, this one after a restart included. Off with
 * {@code brand-award.certificate-batch.background=false} (the tests, which run batches through their fixture).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "brand-award.certificate-batch.background", havingValue = "true", matchIfMissing = true)
class CertificateBatchBackground {

    private final CertificateBatchRunner runner;
    // Our own thread, not a shared executor bean: declaring an Executor bean would replace Spring Boot's default one.
    private final ExecutorService startNow = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "certificate-batch");
        thread.setDaemon(true);
        return thread;
    });

    CertificateBatchBackground(CertificateBatchRunner runner) {
        this.runner = runner;
    }

    @Scheduled(initialDelayString = "${brand-award.certificate-batch.poll-interval:PT10S}",
            fixedDelayString = "${brand-award.certificate-batch.poll-interval:PT10S}")
    void pickUpLeftBatches() {
        runner.runRunnable();
    }

    @TransactionalEventListener
    void startQueued(CertificateBatchQueued queued) {
        startNow.execute(runner::runRunnable);
    }

    @PreDestroy
    void shutDown() {
        startNow.shutdownNow();
    }
}
