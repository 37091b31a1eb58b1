package org.brandaward.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 满意度 — a candidate's satisfaction figure (0 to 100) with the raw figures beside it: the survey body's score and
 * sample, and the consumers' score (the mean of their 1 to 5 answers mapped to 0 to 100) and count. The consumer
 * score is used only from {@code minimumRatings} ratings on; the figure weighs the survey {@code surveyWeightPercent},
 * or is whichever of the two is there alone, or empty when neither is.
 *
 * @param surveyScore   null when no survey result was imported
 * @param consumerScore null when nobody rated
 */
public record SatisfactionFigure(BigDecimal surveyScore, Integer sampleSize, BigDecimal consumerScore, int ratings,
                                 int minimumRatings, int surveyWeightPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whether enough consumers rated for their score to count. */
    public boolean consumerScoreCounts() {
        return consumerScore != null && ratings >= minimumRatings;
    }

    /** The combined figure, to two decimals; null when there is nothing to combine. */
    public BigDecimal combined() {
        boolean consumer = consumerScoreCounts();
        if (surveyScore == null) {
            return consumer ? consumerScore.setScale(2, RoundingMode.HALF_UP) : null;
        }
        if (!consumer) {
            return surveyScore.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal weight = BigDecimal.valueOf(surveyWeightPercent);
        return surveyScore.multiply(weight).add(consumerScore.multiply(HUNDRED.subtract(weight)))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** Maps the mean of 1 to 5 answers to 0 to 100: 1 is 0, 5 is 100. */
    static BigDecimal consumerScoreOf(double meanAnswer) {
        return BigDecimal.valueOf((meanAnswer - 1) * 25).setScale(2, RoundingMode.HALF_UP);
    }
}
