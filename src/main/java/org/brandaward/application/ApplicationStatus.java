package org.brandaward.application;

/** Where an application stands; the BPMN process decides the order, this records the outcome of each step. */
public enum ApplicationStatus {
    DRAFT, COUNTY_REVIEW, CITY_REVIEW, CITY_NOTICE, PROVINCIAL_REVIEW, SUPPLEMENT_REQUESTED, WITHDRAWN, NOT_RECOMMENDED,
    INELIGIBLE, IN_REVIEW, SCORED, SITE_REVIEW, SITE_SCORED, APPROVED, NOT_APPROVED;

    /** Passed eligibility and not decided yet: with the experts, in consensus or site review, or awaiting approval. */
    public boolean isInExpertReview() {
        return this == IN_REVIEW || this == SCORED || this == SITE_REVIEW || this == SITE_SCORED;
    }

    /** Approved or not: the end of an application the experts reviewed. */
    public boolean isDecided() {
        return this == APPROVED || this == NOT_APPROVED;
    }

    /** The stages in which a reviewer holds the application and may return it for supplement (补正). */
    public boolean isUnderReview() {
        return this == COUNTY_REVIEW || this == CITY_REVIEW || this == CITY_NOTICE || this == PROVINCIAL_REVIEW;
    }
}
