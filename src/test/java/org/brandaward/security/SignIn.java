package org.brandaward.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.concurrent.Callable;

/** Who the test thread acts as: a user with a role, a recommender of a region, the engine, or nobody. */
public final class SignIn {

    private SignIn() {
    }

    /** Acts as {@code username} with {@code role} for the rest of the test thread. */
    public static void as(String username, String role) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
    }

    /** Acts as a recommender of the region {@code group} (see {@link RegionGroups}). */
    public static void asRecommender(String group) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Roles.RECOMMENDER),
                new SimpleGrantedAuthority(RegionGroups.AUTHORITY_PREFIX + group));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("recommender-" + group, "n/a", authorities));
    }

    /** Acts as nobody. */
    public static void out() {
        SecurityContextHolder.clearContext();
    }

    /** Runs {@code work} as the engine runs seeding and process steps, then puts back who was signed in. */
    public static <T> T asEngine(Callable<T> work) {
        try {
            return CurrentUser.asEngine(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
