package org.brandaward.recommendation;

/** The departments a city consults for a clean record before recommending a quality award applicant. */
public enum Department {
    DEVELOPMENT_AND_REFORM, PUBLIC_SECURITY, ECOLOGY_AND_ENVIRONMENT, HUMAN_RESOURCES, TAXATION, MARKET_REGULATION,
    EMERGENCY_MANAGEMENT
}
