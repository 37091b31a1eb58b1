package org.brandaward.publication;

import org.brandaward.Fixture;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.committee.Choice;
import org.brandaward.committee.CommitteeService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.ProgrammeDescriptor;
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
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Applications taken the whole way to a title: reviewed, then their round decided — the committee, the public notice
 * with no objection, the approval of the list and its publication.
 */
@Fixture
public class PublicationFixtures {

    /** Committee members of every meeting these fixtures hold: all three vote, so any quorum of two thirds is met. */
    private static final int MEMBERS = 3;

    private final ApplicationService applications;
    private final RoundService rounds;
    private final RubricCatalog rubrics;
    private final EligibilityService eligibility;
    private final RankingService rankings;
    private final PublicationService publications;
    private final CommitteeService committee;
    private final WorkflowService workflow;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService taskService;
    private final WorkflowFixtures tasks;
    private final OrganisationFixtures people;
    private final RecommendationFixtures recommendation;
    private final ReviewFixtures review;
    private final CertificateFixtures certificates;
    private final Clock clock;

    PublicationFixtures(ApplicationService applications, RoundService rounds, RubricCatalog rubrics,
                        EligibilityService eligibility, RankingService rankings, PublicationService publications,
                        CommitteeService committee, WorkflowService workflow, RuntimeService runtime,
                        ManagementService management, TaskService taskService, WorkflowFixtures tasks,
                        OrganisationFixtures people, RecommendationFixtures recommendation, ReviewFixtures review,
                        CertificateFixtures certificates, Clock clock) {
        this.applications = applications;
        this.rounds = rounds;
        this.rubrics = rubrics;
        this.eligibility = eligibility;
        this.rankings = rankings;
        this.publications = publications;
        this.committee = committee;
        this.workflow = workflow;
        this.runtime = runtime;
        this.management = management;
        this.taskService = taskService;
        this.tasks = tasks;
        this.people = people;
        this.recommendation = recommendation;
        this.review = review;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * An application of the signed-in applicant taken through eligibility, scoring and its round's decision, so it
     * holds a certificate (or, 中华老字号, is recommended upward); the test is left signed in as {@code applicant}.
     * Its round must have no other application in review: the decision is once per round.
     */
    public long recognisedApplication(String applicant, Round round, String product) {
        long id = reviewedApplication(round, product);
        decideRound(round, List.of(id));
        SignIn.as(applicant, Roles.APPLICANT);
        return id;
    }

    /**
     * An application of the signed-in applicant taken through eligibility and the experts' (and site) review, so it
     * waits for its round's decision; the test is left signed out.
     */
    public long reviewedApplication(Round round, String product) {
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
        return id;
    }

    /**
     * Decides a round whose applications all finished review: the office starts the decision, a committee of three
     * approves {@code approved} (in the programme's first tier) and rejects the other candidates, the public notice runs
     * its period without objection, and the office approves the list (decision 〔year〕1号 of today, a bonus of 10,000
     * for each person) — which publishes it — and the list's certificates are issued (the batch run to its end, as the
     * background runner would). The test is left signed in as the office.
     */
    public void decideRound(Round round, Collection<Long> approved) {
        SignIn.as("office", Roles.OFFICE);
        publications.startDecision(round.getId());
        String listTask = toListApproval(round, approved);
        Map<Long, BigDecimal> bonuses = new HashMap<>();
        publications.finalList(listTask).candidates().stream().filter(FinalList.Candidate::individual)
                .forEach(c -> bonuses.put(c.applicationId(), new BigDecimal("10000")));
        publications.approve(listTask, new ListApproval("鲁政字〔" + round.getYear() + "〕1号", LocalDate.now(clock), bonuses));
        certificates.issueAll(round.getId());
    }

    /**
     * Takes a round whose decision has started to its list approval: the committee passes {@code approved} and the
     * notice ends without objection. Returns the office's {@code ApproveList} task; the test is left signed in as the office.
     */
    public String toListApproval(Round round, Collection<Long> approved) {
        holdCommittee(round, approved);
        endNotice(round.getId());
        SignIn.as("office", Roles.OFFICE);
        return roundTask(round.getId(), PublicationService.APPROVE_TASK);
    }

    /**
     * The round's committee of three meets: each member approves {@code approved} (in the programme's first tier) and
     * rejects the other candidates; the office closes the ballot and signs the result off.
     */
    public void holdCommittee(Round round, Collection<Long> approved) {
        String meetingTask = roundTask(round.getId(), CommitteeService.MEETING_TASK);
        List<String> members = IntStream.range(0, MEMBERS)
                .mapToObj(i -> people.account("committee", "委员" + i, Roles.COMMITTEE)).toList();
        long meetingId = committee.convene(meetingTask, LocalDate.now(clock), members).meetingId();
        List<ProgrammeDescriptor.Tier> tiers = rounds.programmeOf(round).tiers();
        String tier = tiers.isEmpty() ? null : tiers.get(0).id().toUpperCase(Locale.ROOT);
        for (String member : members) {
            SignIn.as(member, Roles.COMMITTEE);
            committee.cast(meetingId, committee.candidates(meetingId).stream()
                    .map(c -> approved.contains(c.applicationId())
                            ? new CommitteeService.BallotEntry(c.candidateId(), Choice.APPROVE, tier)
                            : new CommitteeService.BallotEntry(c.candidateId(), Choice.REJECT, null))
                    .toList());
        }
        SignIn.as("office", Roles.OFFICE);
        committee.closeBallot(meetingTask);
        if (committee.overQuota(meetingId)) {
            throw new AssertionError("more approved than the quota of round " + round.getId() + ": resolve it in the test");
        }
        committee.signOff(meetingTask);
    }

    /** Fires the timer that ends the round's public notice, as the engine would when its last day has passed. */
    public void endNotice(long roundId) {
        SignIn.out(); // the job executor acts for nobody
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProcessVariables.roundBusinessKey(roundId)).list().forEach(instance ->
                management.createJobQuery().processInstanceId(instance.getId()).timers().list()
                        .forEach(job -> management.executeJob(job.getId())));
    }

    /** The id of the open task {@code key} of a round's decision. */
    public String roundTask(long roundId, String key) {
        return SignIn.asEngine(() -> taskService.createTaskQuery().processInstanceBusinessKey(ProcessVariables.roundBusinessKey(roundId))
                .taskDefinitionKey(key).singleResult().getId());
    }
}
