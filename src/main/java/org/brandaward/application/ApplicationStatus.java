package org.brandaward.application;

/** Where an application stands; the BPMN process decides the order, this records the outcome of each step. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, SUPPLEMENT_REQUESTED, WITHDRAWN, INELIGIBLE, IN_REVIEW, SCORED, APPROVED, NOT_APPROVED
}
