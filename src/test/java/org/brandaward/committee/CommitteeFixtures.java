package org.brandaward.committee;

import org.brandaward.TestData;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.organisation.DemoAccounts;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rounds with candidates that finished expert review, committee accounts, and the meeting's process started as round-decision would. */
@Component
class CommitteeFixtures {

    static final String CALLER = "committee-caller-test";

    private final TestData data;
    private final ApplicationService applications;
    private final EligibilityService eligibility;
    private final UserAccountService accounts;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;

    CommitteeFixtures(TestData data, ApplicationService applications, EligibilityService eligibility, UserAccountService accounts,
                      RepositoryService repository, RuntimeService runtime, TaskService tasks) {
        this.data = data;
        this.applications = applications;
        this.eligibility = eligibility;
        this.accounts = accounts;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** A round of 山东名牌产品 with the quota {@code quota} (null: none) and one scored candidate per total, in that order. */
    Candidates round(int year, Integer quota, int... totals) {
        Round round = data.round(TestData.PROGRAMME, year, new ProgrammeDescriptor.Quotas(quota, null, null, null));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            data.applicantWithOrganisation("委员会测试企业" + year + "-" + i);
            long id = applications.createDraft(round.getId(), ProgrammeDescriptor.ApplicantKind.ORGANISATION).getId();
            applications.submit(id, TestData.completeForm("测试产品" + year + "-" + i));
            data.toProvince(id);
            TestData.signIn("office", Roles.OFFICE);
            eligibility.decide(data.task(id, "CheckEligibility"), id, true, null);
            data.reviewedByExperts(id, totals[i]);
            ids.add(id);
        }
        TestData.signOut();
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
            String username = "committee-" + i + "-" + System.nanoTime();
            String name = "委员" + i;
            TestData.asEngine(() -> accounts.create(username, DemoAccounts.PASSWORD, name, Roles.COMMITTEE));
            usernames.add(username);
        }
        return usernames;
    }

    /** Starts the test caller of committee-meeting for the round; returns the caller's process instance id. */
    synchronized String startMeeting(long roundId) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(CALLER).count() == 0) {
            repository.createDeployment().name("committee-caller-test").addClasspathResource("committee/committee-caller.bpmn").deploy();
        }
        return TestData.asEngine(() -> runtime.startProcessInstanceByKey(CALLER, "round-" + roundId,
                Map.of(ProcessVariables.ROUND_ID, roundId)).getId());
    }

    /** The id of the round's open committee task. */
    String meetingTask(long roundId) {
        return tasks.createTaskQuery().processInstanceBusinessKey("round-" + roundId).taskDefinitionKey(CommitteeService.MEETING_TASK)
                .singleResult().getId();
    }

    Map<String, Object> callerVariables(String callerId) {
        return runtime.getVariables(callerId);
    }
}
