package org.brandaward.certificate;

import org.brandaward.Fixture;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationForm;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.review.RubricCatalog;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowFixtures;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

/**
 * A title's life in time: both clocks — the application's ({@link TestClock}) and the engine's ({@link ClockUtil}) —
 * moved to a moment, and the title-validity timers that are due by then run as the job executor would (it is off in
 * tests). A test that moves the clocks calls {@link #reset()} afterwards.
 */
@Fixture
public class TitleValidityFixtures {

    private final TestClock clock;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ApplicationService applications;
    private final RoundService rounds;
    private final RubricCatalog rubrics;
    private final EligibilityService eligibility;
    private final WorkflowFixtures tasks;
    private final RecommendationFixtures recommendation;
    private final ReviewFixtures review;
    private final PublicationFixtures publication;

    TitleValidityFixtures(TestClock clock, RuntimeService runtime, ManagementService management, ApplicationService applications,
                          RoundService rounds, RubricCatalog rubrics, EligibilityService eligibility, WorkflowFixtures tasks,
                          RecommendationFixtures recommendation, ReviewFixtures review, PublicationFixtures publication) {
        this.clock = clock;
        this.runtime = runtime;
        this.management = management;
        this.applications = applications;
        this.rounds = rounds;
        this.rubrics = rubrics;
        this.eligibility = eligibility;
        this.tasks = tasks;
        this.recommendation = recommendation;
        this.review = review;
        this.publication = publication;
    }

    /** Both clocks at {@code time} of {@code day} in Asia/Shanghai. */
    public void moveTo(LocalDate day, LocalTime time) {
        ZonedDateTime moment = ZonedDateTime.of(day, time, ClockConfiguration.ZONE);
        clock.fixAt(moment);
        ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
    }

    public void reset() {
        clock.reset();
        ClockUtil.reset();
    }

    /**
     * Runs the certificate's title-validity timers that are due at the engine's now, again until none is (a timer that
     * runs may reach the next, already due); how many ran. The test is left signed out.
     */
    public int runDueTimers(long certificateId) {
        SignIn.out(); // the job executor acts for nobody
        int ran = 0;
        for (List<Job> due = dueTimers(certificateId); !due.isEmpty(); due = dueTimers(certificateId)) {
            due.forEach(job -> management.executeJob(job.getId()));
            ran += due.size();
        }
        return ran;
    }

    private List<Job> dueTimers(long certificateId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProcessVariables.titleBusinessKey(certificateId))
                .list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers()
                        .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list().stream())
                .toList();
    }

    /** The activities the certificate's title-validity process waits at; empty once it ended. */
    public List<String> waitsAt(long certificateId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProcessVariables.titleBusinessKey(certificateId))
                .list().stream().flatMap(instance -> runtime.getActiveActivityIds(instance.getId()).stream()).toList();
    }

    /**
     * The signed-in applicant's draft {@code applicationId} submitted with {@code form} and taken the whole way to its
     * title, as {@link PublicationFixtures#recognisedApplication} does for a new draft; left signed in as {@code applicant}.
     */
    public void recognised(String applicant, Round round, long applicationId, ApplicationForm form) {
        applications.submit(applicationId, form);
        recommendation.toProvince(applicationId);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(tasks.task(applicationId, "CheckEligibility"), applicationId, true, null);
        review.reviewedByExperts(applicationId, rubrics.get(rounds.programmeOf(round).rubric()).scale() * 9 / 10);
        publication.decideRound(round, List.of(applicationId));
        SignIn.as(applicant, Roles.APPLICANT);
    }
}
