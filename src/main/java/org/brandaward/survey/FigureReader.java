package org.brandaward.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Computes a candidate's satisfaction figure from the stored survey result and ratings; the caller checked the reader. */
@Component
class FigureReader {

    private final Candidates candidates;
    private final SurveySettings settings;
    private final JdbcClient jdbc;

    FigureReader(Candidates candidates, SurveySettings settings, JdbcClient jdbc) {
        this.candidates = candidates;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** The figure, or null when the application's programme takes no satisfaction survey. */
    SatisfactionFigure of(long applicationId) {
        long roundId = candidates.byApplication(applicationId).orElseThrow().roundId();
        String programmeId = candidates.programmeOf(roundId);
        if (!settings.hasSurvey(programmeId)) {
            return null;
        }
        Map<String, Object> survey = jdbc.sql("select score, sample_size from survey_result where application_id = ?")
                .param(applicationId).query().listOfRows().stream().findFirst().orElse(Map.of());
        Map<String, Object> consumers = jdbc.sql("select count(*) as ratings, avg(score) as score from consumer_rating where application_id = ?")
                .param(applicationId).query().singleRow();
        BigDecimal consumerScore = (BigDecimal) consumers.get("score");
        return new SatisfactionFigure((BigDecimal) survey.get("score"), (Integer) survey.get("sample_size"),
                consumerScore == null ? null : consumerScore.setScale(2, RoundingMode.HALF_UP),
                ((Number) consumers.get("ratings")).intValue(), settings.minimumRatings(programmeId),
                settings.surveyWeightPercent(programmeId));
    }
}
