package org.brandaward.security;

/** The roles of the system; each is also the Camunda candidate group of the user tasks it works on. */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    public static final String RECOMMENDER = "RECOMMENDER";
    public static final String EXPERT = "EXPERT";
    public static final String OFFICE = "OFFICE";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String ADMIN = "ADMIN";

    public static final String[] ALL = {APPLICANT, RECOMMENDER, EXPERT, OFFICE, COMMITTEE, ADMIN};

    private Roles() {
    }
}
