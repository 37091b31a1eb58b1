package org.brandaward.publication;

import org.brandaward.Fixture;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.RankingService;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.review.RubricCatalog;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.workflow.WorkflowService;

/** Applications taken the whole way to a title. */
@Fixture
public class PublicationFixtures {

    private final ApplicationService applications;
    private final RoundService rounds;
    private final RubricCatalog rubrics;
    private final EligibilityService eligibility;
    private final RankingService rankings;
    private final ApprovalService approvals;
    private final WorkflowService workflow;
    private final WorkflowFixtures tasks;
    private final RecommendationFixtures recommendation;
    private final ReviewFixtures review;

    PublicationFixtures(ApplicationService applications, RoundService rounds, RubricCatalog rubrics,
                        EligibilityService eligibility, RankingService rankings, ApprovalService approvals,
                        WorkflowService workflow, WorkflowFixtures tasks, RecommendationFixtures recommendation,
                        ReviewFixtures review) {
        this.applications = applications;
        this.rounds = rounds;
        this.rubrics = rubrics;
        this.eligibility = eligibility;
        this.rankings = rankings;
        this.approvals = approvals;
        this.workflow = workflow;
        this.tasks = tasks;
        this.recommendation = recommendation;
        this.review = review;
    }

    /**
     * An application of the signed-in applicant taken through eligibility, scoring and approval, so it holds a
     * certificate; the test is left signed in as {@code applicant}.
     */
    public long recognisedApplication(String applicant, Round round, String product) {
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        recommendation.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(tasks.task(id, "CheckEligibility"), id, true, null);
        int total = rubrics.get(rounds.programmeOf(round).rubric()).scale() * 9 / 10;
        review.reviewedByExperts(id, total);
        if (SignIn.asEngine(() -> workflow.waitsAt(id, "AwaitSiteSelection"))) {
            SignIn.as("office", Roles.OFFICE);
            rankings.selectForSiteReview(round.getId());
            review.scoredOnSite(id, total);
        }
        SignIn.as("office", Roles.OFFICE);
        approvals.decide(tasks.task(id, "ApproveRecognition"), id, true, null);
        SignIn.as(applicant, Roles.APPLICANT);
        return id;
    }
}
