package org.brandaward.shared;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-10-01T02:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void the_limit_holds_within_the_window_and_renews_after_it() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("rating", "10.0.0.1", 3, Duration.ofMinutes(1))).isTrue();
        }
        assertThat(limiter.tryAcquire("rating", "10.0.0.1", 3, Duration.ofMinutes(1))).isFalse();
        assertThat(limiter.tryAcquire("rating", "10.0.0.2", 3, Duration.ofMinutes(1))).as("another address").isTrue();
        assertThat(limiter.tryAcquire("objection", "10.0.0.1", 3, Duration.ofMinutes(1))).as("another kind").isTrue();
        now.set(now.get().plusSeconds(60));
        assertThat(limiter.tryAcquire("rating", "10.0.0.1", 3, Duration.ofMinutes(1))).isTrue();
    }
}
