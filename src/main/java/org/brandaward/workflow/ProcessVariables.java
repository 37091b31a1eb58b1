package org.brandaward.workflow;

/** The only process variables: ids, routing flags and the programme settings the models route on. Facts live in our tables. */
public final class ProcessVariables {

    public static final String APPLICATION_ID = "applicationId";
    /** Routing flag of the eligibility review (资格审查). */
    public static final String ELIGIBLE = "eligible";
    /** Routing flag: the reviewer returned the application for supplement (补正). */
    public static final String SUPPLEMENT = "supplement";
    /** Routing flag of a recommending level (推荐): passed upward, or turned down. */
    public static final String RECOMMENDED = "recommended";
    /** Set by the supplement sub-process when the deadline passed and the application was withdrawn. */
    public static final String WITHDRAWN = "withdrawn";
    /** Whether the application passes a county (区县) before its city; from the programme. */
    public static final String COUNTY_LEVEL = "countyLevel";
    /** The task groups of the organisation's county and city recommenders. */
    public static final String COUNTY_GROUP = "countyGroup";
    public static final String CITY_GROUP = "cityGroup";
    /** Whether approval issues a certificate, or recommends the application upward (中华老字号); from the programme. */
    public static final String CERTIFIES = "certifies";
    /** The username of the expert an expert-review process belongs to. */
    public static final String EXPERT = "expert";
    /** Routing flag of the expert's declaration: declined to take part. */
    public static final String DECLINED = "declined";
    /** Working days an expert has to answer before being replaced; from the programme. */
    public static final String ANSWER_WORKING_DAYS = "answerWorkingDays";
    /** Working days a declared expert has to submit the scores (the scoring task's due date); from the programme. */
    public static final String SCORING_WORKING_DAYS = "scoringWorkingDays";
    /** The stage an expert-review process scores: DOCUMENT or SITE. */
    public static final String STAGE = "stage";
    /** Routing flag: the experts' totals are too far apart, a consensus discussion is held. */
    public static final String CONSENSUS_NEEDED = "consensusNeeded";
    /** The experts of a consensus discussion, one task each. */
    public static final String CONSENSUS_EXPERTS = "consensusExperts";
    /** Routing flag: the programme holds site reviews (a setting read when the document review closes). */
    public static final String SITE_REVIEW = "siteReview";
    /** Routing flag: the office selected the application for the site review. */
    public static final String SELECTED_FOR_SITE = "selectedForSite";
    /** Routing flag of the approval (审定). */
    public static final String APPROVED = "approved";
    /** The round a round's process (round-decision and the processes it calls) is about. */
    public static final String ROUND_ID = "roundId";
    /** A round's candidates, application ids in rank order, comma separated ("12,15,19"); "" for none. */
    public static final String CANDIDATE_IDS = "candidateIds";
    /** The candidates' tiers, "12=AWARD,15=NOMINATION", for programmes with tiers; "" otherwise. */
    public static final String TIERS = "tiers";
    /**
     * A round's hand-over ({@link #CANDIDATE_IDS}, {@link #TIERS}) as the variable's value: Camunda keeps a string in
     * 4,000 characters, which a round of some 500 candidates passes, so a longer one goes as its UTF-8 bytes.
     */
    public static Object handOver(String text) {
        return text.length() <= STRING_VARIABLE_LIMIT ? text
                : org.camunda.bpm.engine.variable.Variables.byteArrayValue(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The text of a hand-over variable, kept either way {@link #handOver} keeps it. */
    public static String handOverText(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : (String) value;
    }

    private static final int STRING_VARIABLE_LIMIT = 4000;

    /** The credit entry behind a review of a title already held. */
    public static final String CREDIT_RECORD_ID = "creditRecordId";
    /** The certificate a title-validity process follows. */
    public static final String CERTIFICATE_ID = "certificateId";
    /** Routing flag of the title-validity process: the title is re-checked by the office (复核, time-honoured brands). */
    public static final String RECHECK = "recheck";
    /** Outcome of a re-check: PASS, CONDITIONAL or REMOVE. */
    public static final String RECHECK_OUTCOME = "recheckOutcome";
    /** Outcome of the check after a conditional pass: rectified in time, or not. */
    public static final String RECTIFIED = "rectified";

    private ProcessVariables() {
    }

    /** The business key of a round's process and of the stages it calls (an application's is its id). */
    public static String roundBusinessKey(long roundId) {
        return "round-" + roundId;
    }

    /** The business key of a certificate's title-validity process. */
    public static String titleBusinessKey(long certificateId) {
        return "title-" + certificateId;
    }
}
