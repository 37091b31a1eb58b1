package org.brandaward.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;

/** Who is acting: the signed-in user, or {@code system} for the engine's own work (timers, service tasks). */
public final class CurrentUser {

    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static String username() {
        return authentication().map(Authentication::getName).orElse(SYSTEM);
    }

    public static String requireUsername() {
        return authentication().map(Authentication::getName)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    public static boolean hasRole(String role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }

    /** The task groups of the signed-in user: its role, and the region group of a recommender. */
    public static List<String> groups() {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring("ROLE_".length())
                        : a.startsWith(RegionGroups.AUTHORITY_PREFIX) ? a.substring(RegionGroups.AUTHORITY_PREFIX.length()) : null)
                .filter(java.util.Objects::nonNull)
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

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(a -> !"anonymousUser".equals(a.getName()));
    }
}
