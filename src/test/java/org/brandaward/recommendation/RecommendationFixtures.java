package org.brandaward.recommendation;

import org.brandaward.Fixture;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.workflow.WorkflowService;

import java.util.List;
import java.util.Map;

/** The way of a submitted application through its local bureaus. */
@Fixture
public class RecommendationFixtures {

    private final WorkflowService workflow;
    private final WorkflowFixtures tasks;
    private final RecommendationService recommendations;

    RecommendationFixtures(WorkflowService workflow, WorkflowFixtures tasks, RecommendationService recommendations) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.recommendations = recommendations;
    }

    /**
     * Takes a submitted application through its recommendation chain to the provincial eligibility review, as the
     * county and city bureaus of {@link OrganisationFixtures#CITY} would: each passes it, the city records clean
     * department opinions and its notice timer is fired. The test is left signed out.
     */
    public void toProvince(long applicationId) {
        for (int step = 0; step < 8; step++) {
            List<String> open = SignIn.asEngine(() -> workflow.openTaskKeys(applicationId));
            if (open.contains("CheckEligibility")) {
                SignIn.out();
                return;
            }
            if (open.isEmpty()) {
                SignIn.out(); // the job executor acts for nobody
                tasks.fireTimers(applicationId);
                continue;
            }
            String key = open.get(0);
            SignIn.asRecommender(key.equals("CountyRecommendation")
                    ? RegionGroups.county(OrganisationFixtures.COUNTY) : RegionGroups.city(OrganisationFixtures.CITY));
            if (key.equals("ConsultDepartments")) {
                recommendations.recordConsultation(tasks.task(applicationId, key), applicationId, Map.of(), true, null);
            } else {
                recommendations.pass(tasks.task(applicationId, key), applicationId);
            }
        }
        throw new AssertionError("application " + applicationId + " did not reach the province: "
                + SignIn.asEngine(() -> workflow.openTaskKeys(applicationId)));
    }
}
