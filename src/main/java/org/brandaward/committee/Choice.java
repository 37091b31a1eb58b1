package org.brandaward.committee;

/** A member's vote on one candidate. */
public enum Choice { APPROVE, REJECT, ABSTAIN }
