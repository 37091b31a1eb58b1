package org.brandaward.recommendation;

import org.brandaward.application.ApplicationStatus;
import org.brandaward.programme.ProgrammeDescriptor.RecommendationLevel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The recommending user tasks of the BPMN models: where each expects the application, where passing it sends it,
 * and which quota (名额) a pass uses. The city's first check of a quality award only clears the application for the
 * department consultation; its recommendation comes after the city notice.
 */
enum RecommendationStep {
    COUNTY("CountyRecommendation", RecommendationLevel.COUNTY, ApplicationStatus.COUNTY_REVIEW, ApplicationStatus.CITY_REVIEW,
            "COUNTY_RECOMMENDED", true),
    CITY_FIRST_CHECK("CityFirstCheck", RecommendationLevel.CITY, ApplicationStatus.CITY_REVIEW, ApplicationStatus.CITY_REVIEW,
            "CITY_CHECK_PASSED", false),
    CITY_REVIEW("CityReview", RecommendationLevel.CITY, ApplicationStatus.CITY_REVIEW, ApplicationStatus.PROVINCIAL_REVIEW,
            "CITY_RECOMMENDED", true),
    CITY_RECOMMENDATION("CityRecommendation", RecommendationLevel.CITY, ApplicationStatus.CITY_NOTICE,
            ApplicationStatus.PROVINCIAL_REVIEW, "CITY_RECOMMENDED", true);

    final String taskKey;
    final RecommendationLevel level;
    final ApplicationStatus expected;
    final ApplicationStatus passedTo;
    final String passAction;
    /** Whether passing is a recommendation that counts against the level's quota. */
    final boolean recommends;

    RecommendationStep(String taskKey, RecommendationLevel level, ApplicationStatus expected, ApplicationStatus passedTo,
                       String passAction, boolean recommends) {
        this.taskKey = taskKey;
        this.level = level;
        this.expected = expected;
        this.passedTo = passedTo;
        this.passAction = passAction;
        this.recommends = recommends;
    }

    static Optional<RecommendationStep> ofTask(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }
}
