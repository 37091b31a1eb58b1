package org.brandaward.committee;

import org.brandaward.Fixture;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rounds with candidates that finished expert review, committee accounts, and the meeting's process started as round-decision would. */
@Fixture
public class CommitteeFixtures {

    static final String CALLER = "committee-caller-test";

    private final RoundFixtures roundFixtures;
    private final OrganisationFixtures organisationFixtures;
    private final RecommendationFixtures recommendationFixtures;
    private final ReviewFixtures reviewFixtures;
    private final WorkflowFixtures workflowFixtures;
    private final ApplicationService applications;
    private final EligibilityService eligibility;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;

    CommitteeFixtures(RoundFixtures roundFixtures, OrganisationFixtures organisationFixtures,
                      RecommendationFixtures recommendationFixtures, ReviewFixtures reviewFixtures,
                      WorkflowFixtures workflowFixtures, ApplicationService applications, EligibilityService eligibility,
                      RepositoryService repository, RuntimeService runtime, TaskService tasks) {
        this.roundFixtures = roundFixtures;
        this.organisationFixtures = organisationFixtures;
        this.recommendationFixtures = recommendationFixtures;
        this.reviewFixtures = reviewFixtures;
        this.workflowFixtures = workflowFixtures;
        this.applications = applications;
        this.eligibility = eligibility;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** A round of 山东名牌产品 with the quota {@code quota} (null: none) and one scored candidate per total, in that order. */
    Candidates round(int year, Integer quota, int... totals) {
        Round round = roundFixtures.round(RoundFixtures.PROGRAMME, year, new ProgrammeDescriptor.Quotas(quota, null, null, null));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            organisationFixtures.applicantWithOrganisation("委员会测试企业" + year + "-" + i);
            long id = applications.createDraft(round.getId(), ProgrammeDescriptor.ApplicantKind.ORGANISATION).getId();
            applications.submit(id, ApplicationFixtures.completeForm("测试产品" + year + "-" + i));
            recommendationFixtures.toProvince(id);
            SignIn.as("office", Roles.OFFICE);
            eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
            reviewFixtures.reviewedByExperts(id, totals[i]);
            ids.add(id);
        }
        SignIn.out();
        return new Candidates(round, ids);
    }

    record Candidates(Round round, List<Long> applicationIds) {
        long roundId() {
            return round.getId();
        }
    }

    /** {@code n} new committee accounts. */
    List<String> committeeAccounts(int n) {
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            usernames.add(organisationFixtures.account("committee", "委员" + i, Roles.COMMITTEE));
        }
        return usernames;
    }

    /** Starts the test caller of committee-meeting for the round; returns the caller's process instance id. */
    synchronized String startMeeting(long roundId) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(CALLER).count() == 0) {
            repository.createDeployment().name("committee-caller-test").addClasspathResource("committee/committee-caller.bpmn").deploy();
        }
        return SignIn.asEngine(() -> runtime.startProcessInstanceByKey(CALLER, ProcessVariables.roundBusinessKey(roundId),
                Map.of(ProcessVariables.ROUND_ID, roundId)).getId());
    }

    /** The id of the round's open committee task. */
    String meetingTask(long roundId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ProcessVariables.roundBusinessKey(roundId)).taskDefinitionKey(CommitteeService.MEETING_TASK)
                .singleResult().getId();
    }

    Map<String, Object> callerVariables(String callerId) {
        return runtime.getVariables(callerId);
    }
}
