package org.brandaward.review;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.Round;
import org.brandaward.review.ExpertWorkloadService.Row;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxNotices.Notice;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * 专家工作量 and 催办: per expert the office counts what was drawn, declared, declined, scored and is open, and the
 * declaration and scoring tasks past their due date; a reminder is stored, audited and read by the expert in the
 * inbox, and refused for an expert with nothing open. The pool is shared with other tests, so counts are compared
 * with those before the draw.
 */
@IntegrationTest
class ExpertWorkloadIT {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ExpertPoolService pool;
    @Autowired ReviewService reviews;
    @Autowired ExpertWorkloadService workload;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_office_sees_each_experts_counts_and_overdue_tasks_and_reminds_only_an_expert_with_open_work() {
        Round round = roundFixtures.round("sd-famous-product", 2048, null);
        organisationFixtures.applicantWithOrganisation("烟台工作量测试食品有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("工作量酱油"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        expert("替补专家甲", Family.FAMOUS_BRAND); // a decline always finds a replacement, whatever the pool held before
        expert("替补专家乙", Family.FAMOUS_BRAND);
        long idle = expert("空闲专家", Family.TIME_HONOURED); // never drawn for a famous-brand application
        Map<Long, Row> before = rows();

        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        List<String> drawn = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT));
        String declarer = drawn.get(0);
        String decliner = drawn.get(1);
        String scorer = drawn.get(2);
        String silent = drawn.get(3);

        SignIn.as(declarer, Roles.EXPERT);
        draws.declare(id);
        SignIn.as(decliner, Roles.EXPERT);
        draws.decline(id, "时间冲突");
        SignIn.as(scorer, Roles.EXPERT);
        draws.declare(id);
        reviews.submit(workflowFixtures.task(id, "ScoreApplication"), id, ReviewStage.DOCUMENT, ReviewFixtures.sheetTotalling(reviews.rubricOf(id), 80));
        SignIn.out();

        // The declaration is due when the answer timer fires; then both tasks' due dates pass.
        Task declaration = openTask(id, "DeclareConflicts", silent);
        assertThat(declaration.getDueDate().toInstant()).isEqualTo(answerTimerOf(id, silent).toInstant()).isAfter(clock.instant());
        pastDue(declaration);
        pastDue(openTask(id, "ScoreApplication", declarer));

        SignIn.as("office", Roles.OFFICE);
        Map<Long, Row> after = rows();
        // assigned, declared, declined, scored, open, overdue
        assertThat(change(before, after, declarer)).containsExactly(1, 1, 0, 0, 1, 1);
        assertThat(change(before, after, decliner)).containsExactly(1, 0, 1, 0, 0, 0);
        assertThat(change(before, after, scorer)).containsExactly(1, 1, 0, 1, 0, 0);
        assertThat(change(before, after, silent)).containsExactly(1, 0, 0, 0, 1, 1);
        String replacement = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT)).get(4);
        assertThat(replacement).isNotIn(drawn);
        assertThat(change(before, after, replacement)).containsExactly(1, 0, 0, 0, 1, 0);

        long declarerId = expertId(declarer);
        ExpertReminder reminder = workload.remind(declarerId);
        assertThat(reminder.getSentBy()).isEqualTo("office");
        assertThat(reminder.getOpenApplications()).contains(id);
        assertThat(workload.remindersOf(declarerId)).first().satisfies(r -> assertThat(r.getId()).isEqualTo(reminder.getId()));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'EXPERT_REMINDER' and entity_id = ?"
                + " and action = 'SENT' and actor = 'office' and detail like ?", Integer.class, declarerId, "reminder " + reminder.getId() + " %"))
                .isEqualTo(1);
        assertThat(rows().get(declarerId).lastReminded()).isCloseTo(reminder.getSentAt(), within(1, ChronoUnit.MILLIS));

        assertThatThrownBy(() -> workload.remind(idle))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("workload.nothingOpen"));
        assertThat(workload.remindersOf(idle)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'EXPERT_REMINDER' and entity_id = ?",
                Integer.class, idle)).isZero();

        SignIn.as(declarer, Roles.EXPERT);
        List<Notice> notices = workload.forSignedInUser();
        assertThat(notices).first().satisfies(n -> assertThat(n.messageKey()).isEqualTo("workload.reminderNotice"));
        assertThat(remindsOf(notices, id)).isTrue();
        assertThat(notices).last().satisfies(n -> assertThat(n.messageKey()).isEqualTo("workload.openNotice"));
        reviews.submit(workflowFixtures.task(id, "ScoreApplication"), id, ReviewStage.DOCUMENT, ReviewFixtures.sheetTotalling(reviews.rubricOf(id), 75));
        assertThat(remindsOf(workload.forSignedInUser(), id)).as("the work the reminder was about is done").isFalse();
    }

    /** Whether a reminder among the notices names the application as still open. */
    private static boolean remindsOf(List<Notice> notices, long applicationId) {
        return notices.stream().filter(n -> n.messageKey().equals("workload.reminderNotice"))
                .anyMatch(n -> List.of(n.arguments().get(1).toString().split("、")).contains(Long.toString(applicationId)));
    }

    /** assigned, declared, declined, scored, open, overdue of one expert: after less before. */
    private List<Integer> change(Map<Long, Row> before, Map<Long, Row> after, String username) {
        long expertId = expertId(username);
        Row b = before.get(expertId);
        Row a = after.get(expertId);
        return List.of(a.assigned() - b.assigned(), a.declared() - b.declared(), a.declined() - b.declined(),
                a.scored() - b.scored(), a.open() - b.open(), a.overdue() - b.overdue());
    }

    private Map<Long, Row> rows() {
        return workload.workload().stream().collect(Collectors.toMap(Row::expertId, Function.identity()));
    }

    private Task openTask(long applicationId, String key, String assignee) {
        return tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId)).taskDefinitionKey(key)
                .taskAssignee(assignee).singleResult();
    }

    private Date answerTimerOf(long applicationId, String expert) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(applicationId))
                .processDefinitionKey("expert-review").variableValueEquals("expert", expert).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).timers().singleResult().getDuedate();
    }

    /** The movable part of "the deadline passed": the task's due date, since the application's clock is the system's. */
    private void pastDue(Task task) {
        task.setDueDate(Date.from(clock.instant().minus(Duration.ofDays(1))));
        tasks.saveTask(task);
    }

    private long expertId(String username) {
        return pool.ofAccount(username).orElseThrow().getId();
    }

    private long expert(String name, Family field) {
        return reviewFixtures.expertInPool(name, "371000", "威海职业学院", field).getId();
    }
}
