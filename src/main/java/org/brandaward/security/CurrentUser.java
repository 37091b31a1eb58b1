package org.brandaward.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Who is acting: a signed-in user, or the engine for the system's own work (process steps, timers, start-up).
 * Signed in is decided by the authentication's type, never by a name: an anonymous token is nobody, and the engine's
 * authentication is no user.
 */
public final class CurrentUser {

    /**
     * The actor the audit records for the engine's work. Its brackets are outside the username rule, so no account can
     * take it.
     */
    public static final String ENGINE = "[engine]";

    /** The actor the audit records for a visitor who is not signed in (signing up). */
    public static final String ANONYMOUS = "[anonymous]";

    private CurrentUser() {
    }

    /** The signed-in user's name, {@link #ANONYMOUS} for a visitor, or {@link #ENGINE} for the system's own work. */
    public static String username() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return user().map(Authentication::getName).orElse(ENGINE);
    }

    public static String requireUsername() {
        return user().map(Authentication::getName)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    public static boolean hasRole(String role) {
        return user().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }

    public static boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the engine is acting (a process step or expression runs), not a user. */
    public static boolean isEngine() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof EngineAuthentication;
    }

    /** The task groups of the signed-in user: its role, and the region group of a recommender. */
    public static List<String> groups() {
        return user().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring("ROLE_".length())
                        : a.startsWith(RegionGroups.AUTHORITY_PREFIX) ? a.substring(RegionGroups.AUTHORITY_PREFIX.length()) : null)
                .filter(Objects::nonNull)
                .toList();
    }

    public static Optional<String> role() {
        for (String role : Roles.ALL) {
            if (hasRole(role)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code work} as the engine, whoever's thread it is in, and puts the caller's identity back afterwards. */
    public static <T> T asEngine(Callable<T> work) throws Exception {
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContext engine = SecurityContextHolder.createEmptyContext();
        engine.setAuthentication(EngineAuthentication.INSTANCE);
        SecurityContextHolder.setContext(engine);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    private static Optional<Authentication> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || authentication instanceof EngineAuthentication) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }
}
