package org.brandaward.programme;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 评选项目 — one programme as data, read from {@code programmes/<id>.yml}. Adding a programme is adding a file.
 *
 * @param family                 which of the three process families (and eligibility table) it belongs to
 * @param tiers                  award tiers, e.g. 质量奖 / 提名奖; empty when the programme has one
 * @param cycleYears             a round every so many years
 * @param recommendation         the levels an application passes before the province, lowest first
 * @param cityNoticeWorkingDays  the city's public notice before recommending (quality awards), or null
 * @param noticeDays             the provincial public notice (公示) length, in working days when {@code noticeInWorkingDays}
 * @param validityYears          how long a certificate is valid; null when the title is kept
 * @param minimumBrandAge        years since founding a time-honoured brand needs; null for other families
 * @param figureYears            how many years of operating figures the form asks for
 * @param expertsPerApplication  how many experts are drawn to review an application
 * @param excludeExpertsOfApplicantCity whether the draw passes over experts of the applicant's own city
 * @param trimFromExperts        from how many expert totals the highest and the lowest are dropped
 * @param spreadFlagPercent      a spread of the totals above this share of the scale flags the application
 * @param answerWorkingDays      working days a drawn expert has to declare or decline before being replaced
 * @param scoringWorkingDays     working days a declared expert has to submit the scores before being overdue
 * @param blindReview            whether experts see the application without the applicant's identity
 * @param normaliseScores        whether the ranking orders document scores by z-scores per expert across the round
 * @param siteTeamSize           the site review team (leader and members); null when the programme has no site review
 * @param siteReviewTopN         at most so many applications of a round, best first, go to the site review; null: no limit
 * @param siteReviewCutOff       only applications with at least this document score go to it; null: no cut-off
 * @param siteWeightPercent      the site score's share of the combined score, the document score having the rest
 * @param eligibilityDecision    the DMN decision key of the hard conditions
 * @param processKey             the BPMN process an application runs through
 * @param certificatePrefix      the prefix of certificate numbers, e.g. SDMP-2026-0001; null when approval recommends
 *                               the application upward instead of recognising it (中华老字号)
 * @param committeeQuorum        the share of the committee's members who must vote for its ballot to count (2/3)
 * @param committeePass          the share of the members present whose approval passes a candidate (2/3)
 * @param satisfaction           the satisfaction survey and consumer ratings (满意度); null where the programme has none
 * @param certificateNumberDigits the certificate number's sequence is zero-padded to so many digits (5: SDMP-2026-00001)
 * @param reevaluationFormSections the lighter form of a re-evaluation (复评) of a title: the sections the holder fills
 *                               afresh, the others copied from the title's application; null or empty: the whole form
 */
public record ProgrammeDescriptor(String id, Family family, Map<String, String> name, Map<String, String> authority,
                                  ApplicantKind applicantKind, List<Tier> tiers, int cycleYears, Quotas quotas,
                                  List<RecommendationLevel> recommendation, Integer cityNoticeWorkingDays, int noticeDays,
                                  boolean noticeInWorkingDays, Integer validityYears, int reapplicationLockoutYears,
                                  Integer minimumBrandAge, int supplementWorkingDays, int figureYears,
                                  int expertsPerApplication, boolean excludeExpertsOfApplicantCity, int trimFromExperts,
                                  int spreadFlagPercent, int answerWorkingDays, int scoringWorkingDays,
                                  boolean blindReview, boolean normaliseScores, Integer siteTeamSize,
                                  Integer siteReviewTopN, Integer siteReviewCutOff, int siteWeightPercent,
                                  List<FormSection> formSections, String eligibilityDecision, String rubric,
                                  String processKey, String certificatePrefix, Fraction committeeQuorum,
                                  Fraction committeePass, Satisfaction satisfaction, Integer certificateNumberDigits,
                                  List<FormSection> reevaluationFormSections) {

    public static final int DEFAULT_CERTIFICATE_NUMBER_DIGITS = 5;

    public ProgrammeDescriptor {
        committeeQuorum = committeeQuorum == null ? Fraction.TWO_THIRDS : committeeQuorum;
        committeePass = committeePass == null ? Fraction.TWO_THIRDS : committeePass;
        // A descriptor without the field (an added programme written before it existed) numbers as the seeds do.
        certificateNumberDigits = certificateNumberDigits == null ? DEFAULT_CERTIFICATE_NUMBER_DIGITS : certificateNumberDigits;
    }

    /** The number of a certificate: {@code <prefix>-<year>-<sequence zero-padded to certificateNumberDigits>}. */
    public String certificateNumber(int year, int sequence) {
        return certificatePrefix + "-" + year + "-" + String.format(java.util.Locale.ROOT, "%0" + certificateNumberDigits + "d", sequence);
    }

    /** A share such as two thirds, kept as integers so that comparisons are exact. */
    public record Fraction(int numerator, int denominator) {
        public static final Fraction TWO_THIRDS = new Fraction(2, 3);

        /** Whether {@code part} of {@code whole} reaches this share: part / whole >= numerator / denominator. */
        public boolean reachedBy(int part, int whole) {
            return (long) part * denominator >= (long) whole * numerator;
        }
    }

    public enum Family { QUALITY_AWARD, FAMOUS_BRAND, TIME_HONOURED }

    public enum ApplicantKind { ORGANISATION, INDIVIDUAL, BOTH }

    /** 推荐 — county (or local) bureau, then city bureau. */
    public enum RecommendationLevel { COUNTY, CITY }

    /** The parts of the application form a programme asks for. */
    public enum FormSection {
        ORGANISATION_PROFILE, PRODUCT, SERVICE, FIGURES, CERTIFICATIONS, SPOT_CHECKS, SELF_ASSESSMENT, PERSONAL_RECORD,
        HERITAGE, ATTACHMENTS, PLEDGE
    }

    public record Tier(String id, Map<String, String> name) {
        public String name(Locale locale) {
            return localised(name, locale);
        }
    }

    /** Quotas (名额); null where the programme sets none. */
    public record Quotas(Integer total, Integer perCity, Integer perCountyOrganisations, Integer perCountyIndividuals) {
    }

    /**
     * 满意度 — the consumer rating page's questions (each answered 1 to 5) and two settings: how many ratings the
     * consumer score needs before it counts, and the survey score's share of the combined figure.
     */
    public record Satisfaction(Integer minimumRatings, Integer surveyWeightPercent, List<Question> questions) {

        public static final int DEFAULT_MINIMUM_RATINGS = 30;
        public static final int DEFAULT_SURVEY_WEIGHT_PERCENT = 70;

        public int minimumRatingsOrDefault() {
            return minimumRatings == null ? DEFAULT_MINIMUM_RATINGS : minimumRatings;
        }

        public int surveyWeightPercentOrDefault() {
            return surveyWeightPercent == null ? DEFAULT_SURVEY_WEIGHT_PERCENT : surveyWeightPercent;
        }

        public List<Question> questionsOrNone() {
            return questions == null ? List.of() : questions;
        }
    }

    public record Question(String id, Map<String, String> text) {
        public String text(Locale locale) {
            return localised(text, locale);
        }
    }

    public String name(Locale locale) {
        return localised(name, locale);
    }

    /** Whether approval recognises the title with a certificate of this programme. */
    public boolean certifies() {
        return certificatePrefix != null;
    }

    public boolean hasSiteReview() {
        return siteTeamSize != null;
    }

    public String authority(Locale locale) {
        return localised(authority, locale);
    }

    private static String localised(Map<String, String> texts, Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.get("zh"));
    }
}
