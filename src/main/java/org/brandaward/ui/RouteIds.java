package org.brandaward.ui;

/**
 * The form of a record id in a route template: digits that fit a {@code long}. Anything else ({@code abc}, {@code -1},
 * twenty digits) then matches no route and opens the not-found page, instead of failing to parse in the view.
 * Vaadin's {@code RouteParameterRegex.LONG} admits 19 digits, which can overflow, so the ids here stop at 18.
 */
public final class RouteIds {

    /** Appended to a parameter: {@code @Route("applications/:applicationId" + RouteIds.LONG)}. */
    public static final String LONG = "(^[0-9]{1,18}$)";

    private RouteIds() {
    }
}
