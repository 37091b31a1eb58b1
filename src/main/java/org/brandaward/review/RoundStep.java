package org.brandaward.review;

/**
 * A step the office takes for a whole round from its ranking page, offered by a later stage of the round (the round's
 * decision) without the ranking knowing it: the page shows a button per step offered for the round.
 */
public interface RoundStep {

    /** The button's id. */
    String id();

    /** The message keys of the button's label and of the notification once taken. */
    String labelKey();

    String doneKey();

    /** Whether the button is shown for the round (the service refuses anyway when the step is not allowed). */
    boolean offeredFor(long roundId);

    void take(long roundId);
}
