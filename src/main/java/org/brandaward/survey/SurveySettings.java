package org.brandaward.survey;

import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeSetting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The satisfaction settings of a programme as they hold now: the descriptor's, or the office's value where it changed
 * one (ProgrammeSettings writes them). Read here, without a caller's role, because the public rating page needs the
 * minimum number of ratings too; nothing but these two published figures and the questions is read.
 */
@Component
class SurveySettings {

    private final ProgrammeCatalog catalog;
    private final JdbcClient jdbc;

    SurveySettings(ProgrammeCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** Whether the programme takes a satisfaction survey at all. */
    boolean hasSurvey(String programmeId) {
        return catalog.get(programmeId).satisfaction() != null;
    }

    int minimumRatings(String programmeId) {
        return changed(programmeId, ProgrammeSetting.SATISFACTION_MINIMUM_RATINGS)
                .orElseGet(() -> satisfaction(programmeId).minimumRatingsOrDefault());
    }

    int surveyWeightPercent(String programmeId) {
        return changed(programmeId, ProgrammeSetting.SATISFACTION_SURVEY_WEIGHT_PERCENT)
                .orElseGet(() -> satisfaction(programmeId).surveyWeightPercentOrDefault());
    }

    List<ProgrammeDescriptor.Question> questions(String programmeId) {
        return satisfaction(programmeId).questionsOrNone();
    }

    ProgrammeDescriptor programme(String programmeId) {
        return catalog.get(programmeId);
    }

    private ProgrammeDescriptor.Satisfaction satisfaction(String programmeId) {
        ProgrammeDescriptor.Satisfaction satisfaction = catalog.get(programmeId).satisfaction();
        return satisfaction == null ? new ProgrammeDescriptor.Satisfaction(null, null, List.of()) : satisfaction;
    }

    private Optional<Integer> changed(String programmeId, ProgrammeSetting setting) {
        return jdbc.sql("select value from programme_setting where programme_id = ? and setting = ? and value is not null")
                .params(programmeId, setting.name()).query(Integer.class).optional();
    }
}
