package org.brandaward.programme;

import org.brandaward.programme.ProgrammeDescriptor.Family;

import java.util.EnumSet;
import java.util.Set;

/**
 * The figures of a programme that PROGRAMMES.md calls settings: shipped in the descriptor, changed by the office
 * without a release. Each names its property in the descriptor ({@code quotas/total} for a nested one).
 */
public enum ProgrammeSetting {
    NOTICE_DAYS("noticeDays", false, 1, EnumSet.allOf(Family.class)),
    CITY_NOTICE_WORKING_DAYS("cityNoticeWorkingDays", true, 1, EnumSet.of(Family.QUALITY_AWARD)),
    SUPPLEMENT_WORKING_DAYS("supplementWorkingDays", false, 1, EnumSet.allOf(Family.class)),
    MINIMUM_BRAND_AGE("minimumBrandAge", true, 1, EnumSet.of(Family.TIME_HONOURED)),
    REAPPLICATION_LOCKOUT_YEARS("reapplicationLockoutYears", false, 0, EnumSet.allOf(Family.class)),
    VALIDITY_YEARS("validityYears", true, 1, EnumSet.allOf(Family.class)),
    EXPERTS_PER_APPLICATION("expertsPerApplication", false, 1, EnumSet.allOf(Family.class)),
    TRIM_FROM_EXPERTS("trimFromExperts", false, 3, EnumSet.allOf(Family.class)),
    SPREAD_FLAG_PERCENT("spreadFlagPercent", false, 1, EnumSet.allOf(Family.class)),
    EXCLUDE_EXPERTS_OF_APPLICANT_CITY("excludeExpertsOfApplicantCity", Kind.SWITCH, EnumSet.allOf(Family.class)),
    ANSWER_WORKING_DAYS("answerWorkingDays", false, 1, EnumSet.allOf(Family.class)),
    SCORING_WORKING_DAYS("scoringWorkingDays", false, 1, EnumSet.allOf(Family.class)),
    BLIND_REVIEW("blindReview", Kind.SWITCH, EnumSet.allOf(Family.class)),
    NORMALISE_SCORES("normaliseScores", Kind.SWITCH, EnumSet.allOf(Family.class)),
    SITE_TEAM_SIZE("siteTeamSize", true, 1, EnumSet.allOf(Family.class)),
    SITE_REVIEW_TOP_N("siteReviewTopN", true, 1, EnumSet.allOf(Family.class)),
    SITE_REVIEW_CUT_OFF("siteReviewCutOff", true, 0, EnumSet.allOf(Family.class)),
    SITE_WEIGHT_PERCENT("siteWeightPercent", false, 0, EnumSet.allOf(Family.class)),
    QUOTA_TOTAL("quotas/total", true, 1, EnumSet.allOf(Family.class)),
    QUOTA_PER_CITY("quotas/perCity", true, 1, EnumSet.allOf(Family.class)),
    QUOTA_PER_COUNTY_ORGANISATIONS("quotas/perCountyOrganisations", true, 1, EnumSet.allOf(Family.class)),
    QUOTA_PER_COUNTY_INDIVIDUALS("quotas/perCountyIndividuals", true, 1, EnumSet.of(Family.QUALITY_AWARD)),
    COMMITTEE_QUORUM_NUMERATOR("committeeQuorum/numerator", false, 1, EnumSet.allOf(Family.class)),
    COMMITTEE_QUORUM_DENOMINATOR("committeeQuorum/denominator", false, 1, EnumSet.allOf(Family.class)),
    COMMITTEE_PASS_NUMERATOR("committeePass/numerator", false, 1, EnumSet.allOf(Family.class)),
    COMMITTEE_PASS_DENOMINATOR("committeePass/denominator", false, 1, EnumSet.allOf(Family.class)),
    // Optional: empty means the shipped default (30 ratings, 70 %), so a descriptor without a survey still saves.
    SATISFACTION_MINIMUM_RATINGS("satisfaction/minimumRatings", true, 1, EnumSet.of(Family.QUALITY_AWARD, Family.FAMOUS_BRAND)),
    SATISFACTION_SURVEY_WEIGHT_PERCENT("satisfaction/surveyWeightPercent", true, 0, EnumSet.of(Family.QUALITY_AWARD, Family.FAMOUS_BRAND)),
    // Digits of the certificate number's sequence; more than 9 would not be a number the sequence row can reach.
    CERTIFICATE_NUMBER_DIGITS("certificateNumberDigits", false, 1, EnumSet.allOf(Family.class));

    private static final int MAXIMUM_CERTIFICATE_NUMBER_DIGITS = 9;

    /** A number, or a switch (on = 1, off = 0) such as blind review. */
    public enum Kind { NUMBER, SWITCH }

    private final String path;
    private final Kind kind;
    private final boolean optional;
    private final int minimum;
    private final Set<Family> families;

    ProgrammeSetting(String path, boolean optional, int minimum, Set<Family> families) {
        this(path, Kind.NUMBER, optional, minimum, families);
    }

    ProgrammeSetting(String path, Kind kind, Set<Family> families) {
        this(path, kind, false, 0, families);
    }

    ProgrammeSetting(String path, Kind kind, boolean optional, int minimum, Set<Family> families) {
        this.path = path;
        this.kind = kind;
        this.optional = optional;
        this.minimum = minimum;
        this.families = families;
    }

    /** The property in the descriptor, slash-separated. */
    String path() {
        return path;
    }

    public boolean isSwitch() {
        return kind == Kind.SWITCH;
    }

    /** The largest value: 1 for a switch, 100 for a share in per cent, 9 digits of a certificate number, else none. */
    public Integer maximum() {
        if (this == CERTIFICATE_NUMBER_DIGITS) {
            return MAXIMUM_CERTIFICATE_NUMBER_DIGITS;
        }
        return isSwitch() ? Integer.valueOf(1) : path.endsWith("Percent") ? Integer.valueOf(100) : null;
    }

    /** Whether the setting may be empty: no notice, no minimum, a title kept without end, no quota. */
    public boolean isOptional() {
        return optional;
    }

    public int minimum() {
        return minimum;
    }

    public boolean appliesTo(Family family) {
        return families.contains(family);
    }
}
