package org.brandaward.security;

import org.brandaward.shared.RateLimiter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The brake on guessing passwords. Per account name: after {@value #ACCOUNT_FAILURES} failed sign-ins within
 * {@link #ACCOUNT_WINDOW} the name is refused for {@link #ACCOUNT_LOCK}, whatever the password; counted in the database
 * (table {@code login_throttle}), so every node of one database sees the same count. Per client address: after
 * {@value #ADDRESS_FAILURES} failures within {@link #ADDRESS_WINDOW} the address is refused until that window ends;
 * counted in memory by each node (a guesser spread over two nodes gets twice the tries; the per-name count still holds).
 */
@Component
public class LoginThrottle {

    public static final int ACCOUNT_FAILURES = 5;
    public static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    public static final Duration ACCOUNT_LOCK = Duration.ofMinutes(15);
    public static final int ADDRESS_FAILURES = 30;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final String ADDRESS_KIND = "sign-in-failure";
    /** Longer than any username: such a name has no account and gets no row (the address count still takes it). */
    private static final int NAME_MAX = 100;
    private static final int SWEEP_EVERY = 100;

    private final JdbcClient jdbc;
    private final RateLimiter addresses;
    private final Clock clock;
    private final AtomicInteger failuresSinceSweep = new AtomicInteger();

    LoginThrottle(JdbcClient jdbc, RateLimiter addresses, Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Whether a sign-in as {@code username} from {@code address} (null: unknown) is refused before its password is looked at. */
    boolean refuses(String username, String address) {
        if (address != null && addresses.exhausted(ADDRESS_KIND, address, ADDRESS_FAILURES)) {
            return true;
        }
        String name = key(username);
        return name != null && jdbc.sql("select count(*) from login_throttle where username = ? and locked_until > ?")
                .params(name, at(clock.instant())).query(Integer.class).single() > 0;
    }

    /** Counts one failed sign-in; the failure that reaches the limit locks the name. */
    void failed(String username, String address) {
        if (address != null) {
            addresses.tryAcquire(ADDRESS_KIND, address, ADDRESS_FAILURES, ADDRESS_WINDOW);
        }
        String name = key(username);
        if (name == null) {
            return;
        }
        Instant now = clock.instant();
        // One statement, so two nodes counting at once lose no failure: a window older than ACCOUNT_WINDOW starts again.
        jdbc.sql("""
                insert into login_throttle (username, failures, window_start) values (:name, 1, :now)
                on conflict (username) do update set
                  failures = case when login_throttle.window_start <= :staleBefore then 1 else login_throttle.failures + 1 end,
                  window_start = case when login_throttle.window_start <= :staleBefore then :now else login_throttle.window_start end,
                  locked_until = case when login_throttle.window_start > :staleBefore and login_throttle.failures + 1 >= :limit
                                      then :lockedUntil else login_throttle.locked_until end""")
                .param("name", name).param("now", at(now)).param("staleBefore", at(now.minus(ACCOUNT_WINDOW)))
                .param("limit", ACCOUNT_FAILURES).param("lockedUntil", at(now.plus(ACCOUNT_LOCK)))
                .update();
        if (failuresSinceSweep.incrementAndGet() % SWEEP_EVERY == 0) {
            jdbc.sql("delete from login_throttle where window_start < ? and (locked_until is null or locked_until < ?)")
                    .params(at(now.minus(Duration.ofDays(1))), at(now)).update();
        }
    }

    /** A successful sign-in forgets the name's failures (not the address's: one good account must not clear it). */
    void succeeded(String username) {
        release(username);
    }

    /** Forgets the failures and the lock of {@code username}: after a sign-in, or when the admin resets its password. */
    public void release(String username) {
        String name = key(username);
        if (name != null) {
            jdbc.sql("delete from login_throttle where username = ?").param(name).update();
        }
    }

    private static String key(String username) {
        if (username == null || username.isBlank() || username.strip().length() > NAME_MAX) {
            return null;
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
