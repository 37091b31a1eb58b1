package org.brandaward.application;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where an application stands; the BPMN process decides the order, this records the outcome of each step. */
public enum ApplicationStatus {
    DRAFT, COUNTY_REVIEW, CITY_REVIEW, CITY_NOTICE, PROVINCIAL_REVIEW, SUPPLEMENT_REQUESTED, WITHDRAWN, NOT_RECOMMENDED,
    INELIGIBLE, IN_REVIEW, SCORED, SITE_REVIEW, SITE_SCORED, APPROVED, NOT_APPROVED;

    /** Passed eligibility and not decided yet: with the experts, in consensus or site review, or awaiting approval. */
    public boolean isInExpertReview() {
        return this == IN_REVIEW || this == SCORED || this == SITE_REVIEW || this == SITE_SCORED;
    }

    /** Through the experts' (and site) review: a candidate of its round's decision, waiting for its outcome. */
    public boolean awaitsRoundDecision() {
        return this == SCORED || this == SITE_SCORED;
    }

    /** Out of the running: never submitted, withdrawn, turned down, ineligible or not approved. */
    public boolean isOutOfTheRunning() {
        return OUT_OF_THE_RUNNING.contains(this);
    }

    /** {@link #isOutOfTheRunning()} as a SQL list of the status column's values, {@code ('DRAFT', …)}. */
    public static String outOfTheRunningSql() {
        return OUT_OF_THE_RUNNING.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static final Set<ApplicationStatus> OUT_OF_THE_RUNNING = EnumSet.of(DRAFT, WITHDRAWN, NOT_RECOMMENDED, INELIGIBLE, NOT_APPROVED);

    /** Approved or not: the end of an application the experts reviewed. */
    public boolean isDecided() {
        return this == APPROVED || this == NOT_APPROVED;
    }

    /** The stages in which a reviewer holds the application and may return it for supplement (补正). */
    public boolean isUnderReview() {
        return this == COUNTY_REVIEW || this == CITY_REVIEW || this == CITY_NOTICE || this == PROVINCIAL_REVIEW;
    }
}
