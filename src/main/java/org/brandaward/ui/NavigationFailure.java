package org.brandaward.ui;

import com.vaadin.flow.router.NotFoundException;
import org.brandaward.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;


/**
 * What the user is told when a navigation fails: which page (not found, not allowed, refused by a rule, or something
 * went wrong), its HTTP status, and the message key of the sentence below the title. Only keys and their arguments
 * leave here, never the exception's own message or name.
 *
 * @param page        the page shown
 * @param detailKey   the message key of the explanation
 * @param arguments   the arguments of {@code detailKey}
 */
record NavigationFailure(Page page, String detailKey, Object... arguments) {

    /** The error pages: title key, id of the title (for tests and styles) and HTTP status. */
    enum Page {
        NOT_FOUND("error.notFound", "not-found", 404),
        ACCESS_DENIED("error.accessDenied", "access-denied", 403),
        // The request is well-formed and allowed, but the state of the records refuses it.
        REFUSED("error.refused", "refused", 409),
        FAILED("error.failed", "failed", 500);

        final String titleKey;
        final String id;
        final int status;

        Page(String titleKey, String id, int status) {
            this.titleKey = titleKey;
            this.id = id;
            this.status = status;
        }
    }

    /** The suffix of the rule keys that say a record does not exist ({@code application.notFound}, {@code task.notFound} …). */
    static final String NOT_FOUND_SUFFIX = ".notFound";

    static NavigationFailure notFound() {
        return new NavigationFailure(Page.NOT_FOUND, "error.notFound.detail");
    }

    static NavigationFailure accessDenied() {
        return new NavigationFailure(Page.ACCESS_DENIED, "error.accessDenied.detail");
    }

    static NavigationFailure failed() {
        return new NavigationFailure(Page.FAILED, "error.failed.detail");
    }

    /**
     * The page for {@code thrown}: the first exception along its cause chain that the user can be told about, as
     * frameworks wrap what a view or service threw; {@link Page#FAILED} when there is none.
     */
    static NavigationFailure of(Throwable thrown) {
        return CauseChain.first(thrown, t -> t instanceof NotFoundException || t instanceof RuleViolationException
                || t instanceof AccessDeniedException || t instanceof com.vaadin.flow.router.AccessDeniedException)
                .map(NavigationFailure::ofCause).orElseGet(NavigationFailure::failed);
    }

    private static NavigationFailure ofCause(Throwable t) {
        if (t instanceof RuleViolationException rule) {
            Page page = rule.getMessageKey().endsWith(NOT_FOUND_SUFFIX) ? Page.NOT_FOUND : Page.REFUSED;
            return new NavigationFailure(page, rule.getMessageKey(), rule.getArguments());
        }
        // Spring's (a service refused, AuthorizationDeniedException included) or Vaadin's (the view's annotations).
        return t instanceof NotFoundException ? notFound() : accessDenied();
    }
}
