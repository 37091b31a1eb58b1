package org.brandaward.shared;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the requests of one kind from one source (a network address, say) in a fixed window and says whether one
 * more is allowed: the public forms' brake against floods. Held in memory by each node, so a limit is per node; the
 * rules that must hold across nodes (one rating per address and day) are kept in the database instead.
 */
@Component
public class RateLimiter {

    private static final int SWEEP_EVERY = 10_000;

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private int calls;

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one of {@code limit} requests of {@code kind} that {@code source} may make per {@code window}; false when none is left. */
    public boolean tryAcquire(String kind, String source, int limit, Duration window) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        Window counted = windows.compute(kind + '\u0000' + source, (key, current) ->
                current == null || !now.isBefore(current.endsAt()) ? new Window(now.plus(window), 1) : current.plusOne());
        return counted.count() <= limit;
    }

    /** Whether {@code source} has used up its {@code limit} of {@code kind} in the current window; takes none. */
    public boolean exhausted(String kind, String source, int limit) {
        Window counted = windows.get(kind + '\u0000' + source);
        return counted != null && clock.instant().isBefore(counted.endsAt()) && counted.count() >= limit;
    }

    private void sweepNowAndThen(Instant now) {
        if (++calls % SWEEP_EVERY == 0) {
            windows.values().removeIf(w -> !now.isBefore(w.endsAt()));
        }
    }

    private record Window(Instant endsAt, int count) {
        Window plusOne() {
            return new Window(endsAt, count + 1);
        }
    }
}
