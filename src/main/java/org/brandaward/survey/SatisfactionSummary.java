package org.brandaward.survey;

import com.vaadin.flow.component.html.Paragraph;

/**
 * The satisfaction figure in one sentence with its raw figures beside it (survey score and sample, consumer score and
 * count), saying when the consumer score does not count yet; for the scoring and the office's views.
 */
public class SatisfactionSummary extends Paragraph {

    public SatisfactionSummary(SatisfactionFigure figure) {
        String survey = figure.surveyScore() == null ? getTranslation("survey.figure.noSurvey")
                : getTranslation("survey.figure.survey", figure.surveyScore().toPlainString(), figure.sampleSize());
        String consumers = figure.consumerScore() == null ? getTranslation("survey.figure.noRatings")
                : figure.consumerScoreCounts()
                ? getTranslation("survey.figure.consumers", figure.consumerScore().toPlainString(), figure.ratings())
                : getTranslation("survey.figure.belowMinimum", figure.ratings(), figure.minimumRatings());
        String combined = figure.combined() == null ? getTranslation("survey.figure.none")
                : getTranslation("survey.figure.combined", figure.combined().toPlainString(), figure.surveyWeightPercent());
        setText(getTranslation("survey.figure.summary", combined, survey, consumers));
    }
}
