package org.brandaward.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Objects;

/**
 * The signed-in sessions of this node, registered at sign-in (the application chain's session management), so that a
 * password change, a reset or a disable ends them: an ended session's next request is signed out and sent to the login
 * page. A node knows its own sessions only; behind sticky sessions each node ends those it holds when the change is
 * made there (see the report of issue 15 on two nodes).
 */
@Configuration(proxyBeanMethods = false)
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
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

    /** Ends every session of {@code username} (the admin reset its password or disabled it). */
    public void endAllOf(String username) {
        end(username, null);
    }

    /** Ends every session of {@code username} but the one of the current request (its owner changed the password there). */
    public void endOthersOf(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        end(username, request == null ? null : request.getSessionId());
    }

    private void end(String username, String keptSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (!name.equalsIgnoreCase(username)) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (!Objects.equals(session.getSessionId(), keptSessionId)) {
                    session.expireNow();
                }
            }
        }
    }
}
