package org.brandaward.reliability;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.fail;

/** What a node's connections are doing, as PostgreSQL sees them ({@code pg_stat_activity} by application name). */
final class Backends {

    private final JdbcClient jdbc;

    Backends(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until a connection of {@code node} waits for a lock: the node is inside the transaction a test holds up. */
    void awaitWaitingForLock(String node, Duration atMost) throws InterruptedException {
        await(() -> count(node, "and wait_event_type = 'Lock'") > 0, atMost, node + " waiting for a lock");
    }

    /** Waits until {@code node} has no connection left: a killed node's backends ended and rolled back. */
    void awaitGone(String node, Duration atMost) throws InterruptedException {
        await(() -> count(node, "") == 0, atMost, "no connection of " + node + " left");
    }

    private long count(String node, String condition) {
        return jdbc.sql("select count(*) from pg_stat_activity where application_name = ? " + condition)
                .param(node).query(Long.class).single();
    }

    static void await(java.util.function.BooleanSupplier condition, Duration atMost, String what) throws InterruptedException {
        // Real elapsed time, not the application's clock: how long the test waits for another process.
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("not within " + atMost + ": " + what);
            }
            Thread.sleep(100);
        }
    }
}
