package org.brandaward.security;

import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.organisation.UserAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The login form refuses a name after 5 failures within 15 minutes for 15 minutes, whatever the password, and an
 * address after 30 failures within 15 minutes; the login page is told which refusal it was. Counted on the
 * application's clock; the names' counts in the database, where a second node reads the same rows.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LoginThrottlingIT {

    static final String PASSWORD = "Throttle-2110x";
    /** Each test signs in from an address of its own, so no test's failures count against another's. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired LoginThrottle throttle;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void five_failures_within_15_minutes_refuse_the_account_for_15_minutes_whatever_the_password() throws Exception {
        String username = account("throttled-");
        String address = newAddress();
        ZonedDateTime start = ZonedDateTime.now(clock);
        clock.fixAt(start);
        for (int i = 1; i <= LoginThrottle.ACCOUNT_FAILURES; i++) {
            assertThat(signIn(username, "wrong-2110-" + i, address)).as("failure " + i).isEqualTo(Outcome.WRONG_PASSWORD);
            clock.fixAt(start.plusMinutes(2L * i));
        }
        assertThat(jdbc.queryForObject("select failures from login_throttle where username = lower(?)", Integer.class, username))
                .as("counted in the table both nodes read").isEqualTo(5);

        assertThat(signIn(username, PASSWORD, address)).as("the right password, locked").isEqualTo(Outcome.LOCKED);
        assertThat(signIn(username.toUpperCase(), PASSWORD, newAddress())).as("in any case, from anywhere").isEqualTo(Outcome.LOCKED);

        // Locked at the fifth failure (minute 8) for 15 minutes.
        clock.fixAt(start.plusMinutes(8 + 14));
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(Outcome.LOCKED);
        clock.fixAt(start.plusMinutes(8 + 15));
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(Outcome.SIGNED_IN);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = lower(?)", Integer.class, username))
                .as("a success forgets the failures").isZero();
    }

    @Test
    void failures_spread_over_more_than_15_minutes_do_not_lock_and_a_success_starts_the_count_again() throws Exception {
        String username = account("slow-");
        String address = newAddress();
        ZonedDateTime start = ZonedDateTime.now(clock);
        for (int i = 0; i < 8; i++) {
            clock.fixAt(start.plusMinutes(4L * i)); // 4 failures at most in any window that starts with the first
            signIn(username, "wrong-2110-" + i, address);
        }
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(Outcome.SIGNED_IN);
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES - 1; i++) {
            signIn(username, "wrong-2110-" + i, address);
        }
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void an_unknown_name_is_counted_and_refused_like_an_existing_one() throws Exception {
        String ghost = "ghost-" + System.nanoTime();
        String address = newAddress();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            assertThat(signIn(ghost, "wrong-2110-" + i, address)).isEqualTo(Outcome.WRONG_PASSWORD);
        }
        assertThat(signIn(ghost, PASSWORD, address)).as("no hint whether the name exists").isEqualTo(Outcome.LOCKED);
    }

    @Test
    void an_address_with_30_failures_within_15_minutes_is_refused_for_every_account_until_the_window_ends() throws Exception {
        String username = account("behind-");
        String address = newAddress();
        ZonedDateTime start = ZonedDateTime.now(clock);
        clock.fixAt(start);
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            // a new name each time: no name reaches its own limit
            assertThat(signIn("spray-" + i + "-" + System.nanoTime(), "wrong-2110-" + i, address)).isEqualTo(Outcome.WRONG_PASSWORD);
        }
        assertThat(signIn(username, PASSWORD, address)).as("a good account from that address").isEqualTo(Outcome.LOCKED);
        assertThat(signIn(username, PASSWORD, newAddress())).as("from another address").isEqualTo(Outcome.SIGNED_IN);

        clock.fixAt(start.plus(LoginThrottle.ADDRESS_WINDOW));
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void the_admins_reset_lifts_the_lock() throws Exception {
        String username = account("forgot-");
        String address = newAddress();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            signIn(username, "wrong-2110-" + i, address);
        }
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(Outcome.LOCKED);
        SignIn.as("admin", Roles.ADMIN);
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        accounts.resetPassword(id, "Handed-over-2110");
        assertThat(signIn(username, "Handed-over-2110", address)).isEqualTo(Outcome.SIGNED_IN);
    }

    enum Outcome { SIGNED_IN, WRONG_PASSWORD, LOCKED }

    /** The login form's POST, as the browser sends it from {@code address}. */
    private Outcome signIn(String username, String password, String address) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .session(new MockHttpSession()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (!"/login?error".equals(location)) {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(location).as("where a sign-in leads").doesNotContain("login");
            return Outcome.SIGNED_IN;
        }
        Object refusal = result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return refusal instanceof SignInThrottledException ? Outcome.LOCKED : Outcome.WRONG_PASSWORD;
    }

    private String account(String prefix) {
        String username = prefix + System.nanoTime();
        SignIn.asEngine(() -> accounts.create(username, PASSWORD, "测试账号", Roles.EXPERT));
        return username;
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.21." + (n / 250) + "." + (n % 250 + 1);
    }
}
