package org.brandaward.workflow;

/** The only process variables: ids and routing flags. Facts live in our tables. */
public final class ProcessVariables {

    public static final String APPLICATION_ID = "applicationId";
    /** Routing flag of the eligibility review (资格审查). */
    public static final String ELIGIBLE = "eligible";
    /** Routing flag: the reviewer returned the application for supplement (补正). */
    public static final String SUPPLEMENT = "supplement";
    /** Routing flag of the approval (审定). */
    public static final String APPROVED = "approved";
    /** The credit entry behind a review of a title already held. */
    public static final String CREDIT_RECORD_ID = "creditRecordId";

    private ProcessVariables() {
    }
}
