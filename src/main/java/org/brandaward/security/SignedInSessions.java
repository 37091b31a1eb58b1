package org.brandaward.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in sessions of this node, registered at sign-in (the application chain's session management), so that a
 * password change, a reset or a disable ends them: an ended session's next request is signed out and sent to the login
 * page. The node the change is made on ends its sessions at once; every node also compares, every
 * {@link #CHECK_EVERY} per session, when a session signed in with the account's {@link SessionValidity} in the
 * database, so a session held by another node ends too, within that time.
 */
@Configuration(proxyBeanMethods = false)
public class SignedInSessions {

    static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    /** Session attributes: when the session signed in (or its password was changed in it), and when it was last checked. */
    static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";
    private static final String CHECKED_AT = SignedInSessions.class.getName() + ".checkedAt";

    private final SessionRegistry registry;
    private final SessionValidity validity;
    private final Clock clock;

    SignedInSessions(SessionRegistry registry, SessionValidity validity, Clock clock) {
        this.registry = registry;
        this.validity = validity;
        this.clock = clock;
    }

    @Bean
    static SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the container ends a session (time-out, sign-out), so it forgets it. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SIGNED_IN_AT, clock.instant(), RequestAttributes.SCOPE_SESSION);
        }
    }

    /** Ends every session of {@code username} on this node (the admin reset its password or disabled it). */
    public void endAllOf(String username) {
        end(username, null);
    }

    /**
     * Ends every session of {@code username} on this node but the one of the current request, where its owner changed
     * the password at {@code changedAt}: that session counts as signed in then, so no node ends it.
     */
    public void endOthersOf(String username, Instant changedAt) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SIGNED_IN_AT, changedAt, RequestAttributes.SCOPE_SESSION);
        }
        end(username, request == null ? null : request.getSessionId());
    }

    private void end(String username, String keptSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (!nameOf(principal).equalsIgnoreCase(username)) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (!Objects.equals(session.getSessionId(), keptSessionId)) {
                    session.expireNow();
                }
            }
        }
    }

    /** Goes before Spring's ConcurrentSessionFilter, which signs out the sessions this marks as ended. */
    OncePerRequestFilter changesOnEveryNode() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    check(session);
                }
                chain.doFilter(request, response);
            }
        };
    }

    private void check(HttpSession session) {
        SessionInformation information = registry.getSessionInformation(session.getId());
        if (information == null || information.isExpired()) {
            return;
        }
        Instant now = clock.instant();
        if (session.getAttribute(SIGNED_IN_AT) == null) {
            session.setAttribute(SIGNED_IN_AT, now); // signed in before this check existed
        }
        if (session.getAttribute(CHECKED_AT) instanceof Instant checked && now.isBefore(checked.plus(CHECK_EVERY))) {
            return;
        }
        session.setAttribute(CHECKED_AT, now);
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Optional<Instant> validFrom = validity.sessionsValidFrom(nameOf(information.getPrincipal()));
        if (validFrom.isEmpty() || signedInAt.isBefore(validFrom.get())) {
            information.expireNow();
        }
    }

    private static String nameOf(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }
}
