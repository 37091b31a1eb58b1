package org.brandaward.security;

import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.organisation.PasswordChangeForm;
import org.brandaward.organisation.UserAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The session id changes at sign-in (no session fixation), and a password change, a reset or a disable ends the
 * account's sessions: their next request to a signed-in page is sent to the login page, on the node of the change at
 * once, on another node within {@link SignedInSessions#CHECK_EVERY}.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SessionsIT {

    static final String PASSWORD = "Sessions-2110x";
    /**
     * An address for signed-in users only (a download; Vaadin's views are not served by MockMvc): a signed-in session
     * gets an answer from it (a refusal for this id), a session that ended is sent to the login page.
     */
    static final String SIGNED_IN_PAGE = "/certificates/0.pdf";

    @Autowired MockMvc mvc;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        RequestContextHolder.resetRequestAttributes();
        SignIn.out();
    }

    @Test
    void the_session_id_changes_at_sign_in() throws Exception {
        String username = account("fixation-");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        assertThat(reaches(session)).as("not signed in yet").isFalse();

        MvcResult signIn = mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())
                .session(session)).andReturn();

        assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("login");
        assertThat(signIn.getRequest().getSession().getId()).as("the signed-in session's id").isNotEqualTo(before);
        assertThat(reaches(session)).isTrue();
    }

    @Test
    void a_password_change_ends_the_users_other_sessions_and_keeps_the_one_it_was_made_in() throws Exception {
        String username = account("changer-");
        MockHttpSession here = signIn(username, PASSWORD);
        MockHttpSession elsewhere = signIn(username, PASSWORD);
        MockHttpSession someoneElse = signIn(account("bystander-"), PASSWORD);
        assertThat(reaches(here)).isTrue();
        assertThat(reaches(elsewhere)).isTrue();

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignIn.as(username, Roles.APPLICANT);
        var form = new PasswordChangeForm();
        form.setCurrentPassword(PASSWORD);
        form.setNewPassword("Changed-2110y");
        form.setConfirmation("Changed-2110y");
        accounts.changeOwnPassword(form);

        assertThat(reaches(elsewhere)).as("the other session").isFalse();
        assertThat(reaches(here)).as("the session of the change").isTrue();
        assertThat(reaches(someoneElse)).as("another user's session").isTrue();
    }

    @Test
    void a_reset_or_a_disable_by_the_admin_ends_every_session_of_the_account_and_a_disabled_one_cannot_sign_in_again() throws Exception {
        String reset = account("reset-");
        MockHttpSession first = signIn(reset, PASSWORD);
        MockHttpSession second = signIn(reset, PASSWORD);
        String disabled = account("disabled-");
        MockHttpSession third = signIn(disabled, PASSWORD);

        SignIn.as("admin", Roles.ADMIN);
        accounts.resetPassword(id(reset), "Handed-over-2110");
        accounts.disable(id(disabled));

        assertThat(reaches(first)).isFalse();
        assertThat(reaches(second)).isFalse();
        assertThat(reaches(third)).isFalse();
        assertThat(mvc.perform(post("/login").param("username", disabled).param("password", PASSWORD).with(csrf())
                .session(new MockHttpSession())).andReturn().getResponse().getRedirectedUrl())
                .as("a disabled account with its right password").isEqualTo("/login?error");
        assertThat(reaches(signIn(reset, "Handed-over-2110"))).isTrue();
    }

    @Test
    void a_change_made_on_another_node_ends_this_nodes_sessions_within_half_a_minute() throws Exception {
        // whole seconds: PostgreSQL rounds what it stores to microseconds
        ZonedDateTime start = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        clock.fixAt(start);
        String changed = account("other-node-");
        MockHttpSession before = signIn(changed, PASSWORD);
        MockHttpSession idle = signIn(changed, PASSWORD); // no request between its sign-in and the check
        String disabled = account("other-node-disabled-");
        MockHttpSession ofDisabled = signIn(disabled, PASSWORD);
        assertThat(reaches(before)).isTrue();
        assertThat(reaches(ofDisabled)).isTrue();

        // What the other node's reset and disable leave in the shared database; this node's registry heard nothing.
        clock.fixAt(start.plusSeconds(1));
        jdbc.update("update app_user set sessions_valid_from = ? where username = ?", start.plusSeconds(1).toOffsetDateTime(), changed);
        jdbc.update("update app_user set enabled = false where username = ?", disabled);
        MockHttpSession after = signIn(changed, PASSWORD);
        assertThat(reaches(before)).as("checked within the last half minute").isTrue();

        clock.fixAt(start.plus(SignedInSessions.CHECK_EVERY).plusSeconds(1));
        assertThat(reaches(before)).as("signed in before the change").isFalse();
        assertThat(reaches(idle)).as("signed in before the change, first seen after it").isFalse();
        assertThat(reaches(ofDisabled)).as("of a disabled account").isFalse();
        assertThat(reaches(after)).as("signed in after the change").isTrue();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .session(new MockHttpSession())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in as " + username).doesNotContain("login");
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** Whether the session is still signed in: answered by a signed-in address, rather than sent to sign in. */
    private boolean reaches(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get(SIGNED_IN_PAGE).session(session)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        boolean toLogin = location != null && location.contains("login");
        assertThat(toLogin || result.getResponse().getStatus() < 300 || result.getResponse().getStatus() >= 400)
                .as("answered or sent to sign in, status " + result.getResponse().getStatus()).isTrue();
        return !toLogin;
    }

    private String account(String prefix) {
        String username = prefix + System.nanoTime();
        SignIn.asEngine(() -> accounts.create(username, PASSWORD, "测试账号", Roles.APPLICANT));
        return username;
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
