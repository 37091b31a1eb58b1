package org.brandaward;

import org.brandaward.shared.ClockConfiguration;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: the real time in Asia/Shanghai, or a moment a test fixes with {@link #fixAt} and
 * releases with {@link #reset} (in a {@code finally} or {@code @AfterEach}, as the context is shared).
 */
@Component
@Primary
public class TestClock extends Clock {

    private final Clock system = Clock.system(ClockConfiguration.ZONE);
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void fixAt(ZonedDateTime moment) {
        fixed.set(moment.toInstant());
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant moment = fixed.get();
        return moment != null ? Clock.fixed(moment, zone) : system.withZone(zone);
    }

    @Override
    public Instant instant() {
        Instant moment = fixed.get();
        return moment != null ? moment : system.instant();
    }
}
