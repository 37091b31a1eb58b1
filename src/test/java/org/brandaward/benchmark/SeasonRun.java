package org.brandaward.benchmark;

import org.brandaward.Fixture;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.certificate.CertificateService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.notice.NoticeService;
import org.brandaward.notice.Objection;
import org.brandaward.notice.ObjectionForm;
import org.brandaward.notice.ObjectionService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.ListApproval;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.recommendation.RecommendationService;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.RankingService;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.review.ReviewService;
import org.brandaward.review.ReviewStage;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A provincial season through the real services, engine and database, each stage timed: applicants apply to the
 * eight programmes of one year, their bureaus recommend, the office checks eligibility (drawing five experts), the
 * experts declare and score, the quality awards' best go to a site review, a committee decides each round, the public
 * notice takes a few objections and ends when the engine's clock has passed its last day, the office approves and
 * publishes the lists, the certificates are issued and every one is rendered as a PDF. No UI: each step is the
 * service call its view makes, as the role that makes it, with the task looked up the way its view has it.
 */
@Fixture
public class SeasonRun {

    /** Where the season's experts live: never the applicants' city, whose experts a draw leaves out. */
    private static final List<String> EXPERT_CITIES = List.of("370200", "370300", "370600", "370700", "371000");
    /** The eight programmes of the seed documents (the tests add data-only programmes of their own). */
    static final List<String> PROGRAMMES = List.of("sd-governor-quality-award", "hn-governor-quality-award",
            "sd-famous-product", "sd-service-brand", "hn-famous-product", "qh-famous-brand", "qh-time-honored-brand",
            "cn-time-honored-brand");
    /** Quality awards take few applicants a year; the famous brands most of them. */
    private static final Map<Family, Integer> WEIGHT = Map.of(Family.QUALITY_AWARD, 1, Family.TIME_HONOURED, 3, Family.FAMOUS_BRAND, 8);
    /** Of each round's candidates the committee rejects every tenth. */
    private static final int REJECT_EVERY = 10;

    private final ProgrammeCatalog programmes;
    private final RoundFixtures roundFixtures;
    private final OrganisationFixtures people;
    private final ReviewFixtures reviewFixtures;
    private final PublicationFixtures publicationFixtures;
    private final CertificateFixtures certificateFixtures;
    private final ApplicationService applications;
    private final RecommendationService recommendations;
    private final EligibilityService eligibility;
    private final ExpertDrawService draws;
    private final ReviewService reviews;
    private final RankingService rankings;
    private final PublicationService publications;
    private final NoticeService notices;
    private final ObjectionService objections;
    private final CertificateService certificates;
    private final WorkflowService workflow;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TestClock clock;
    private final ObjectProvider<QueryCounter> queryCounter;

    SeasonRun(ProgrammeCatalog programmes, RoundFixtures roundFixtures, OrganisationFixtures people,
              ReviewFixtures reviewFixtures, PublicationFixtures publicationFixtures, CertificateFixtures certificateFixtures,
              ApplicationService applications, RecommendationService recommendations, EligibilityService eligibility,
              ExpertDrawService draws, ReviewService reviews, RankingService rankings,
              PublicationService publications, NoticeService notices, ObjectionService objections,
              CertificateService certificates, WorkflowService workflow, TaskService tasks, RuntimeService runtime,
              ManagementService management, TestClock clock, ObjectProvider<QueryCounter> queryCounter) {
        this.programmes = programmes;
        this.roundFixtures = roundFixtures;
        this.people = people;
        this.reviewFixtures = reviewFixtures;
        this.publicationFixtures = publicationFixtures;
        this.certificateFixtures = certificateFixtures;
        this.applications = applications;
        this.recommendations = recommendations;
        this.eligibility = eligibility;
        this.draws = draws;
        this.reviews = reviews;
        this.rankings = rankings;
        this.publications = publications;
        this.notices = notices;
        this.objections = objections;
        this.certificates = certificates;
        this.workflow = workflow;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
        this.queryCounter = queryCounter;
    }

    /**
     * Runs a season of {@code applicationCount} applications of {@code year} with {@code expertCount} new experts in
     * the pool, the per-application stages on {@code threads} threads; answers each stage's time and figures. Puts
     * both clocks back when it ends.
     */
    public SeasonReport run(int year, int applicationCount, int expertCount, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        QueryCounter counter = queryCounter.getIfAvailable();
        SeasonReport report = new SeasonReport("our season", applicationCount, threads, counter == null ? () -> -1 : counter::statements);
        try {
            Map<Round, Integer> shares = rounds(year, applicationCount);
            List<Applicant> applicants = new ArrayList<>();
            shares.forEach((round, share) -> {
                for (int i = 0; i < share; i++) {
                    applicants.add(new Applicant(round, "赛季企业" + year + "-" + round.getProgrammeId() + "-" + i));
                }
            });
            report.setup("experts and applicants registered", () -> {
                SignIn.as("office", Roles.OFFICE);
                for (int i = 0; i < expertCount; i++) {
                    Family field = i % 4 == 0 ? Family.QUALITY_AWARD : i % 4 == 1 ? Family.TIME_HONOURED : Family.FAMOUS_BRAND;
                    reviewFixtures.expertInPool("评审专家" + year + "-" + i, EXPERT_CITIES.get(i % EXPERT_CITIES.size()),
                            "质量研究院" + i % 17, field);
                }
                SignIn.out();
                parallel(pool, applicants, a -> a.username = people.applicantWithOrganisation(a.organisation));
                return expertCount + applicants.size();
            });

            report.stage("applications submitted", () -> parallel(pool, applicants, a -> {
                SignIn.as(a.username, Roles.APPLICANT);
                a.applicationId = applications.createDraft(a.round.getId(), ProgrammeDescriptor.ApplicantKind.ORGANISATION).getId();
                applications.submit(a.applicationId, ApplicationFixtures.completeForm("赛季产品" + a.applicationId));
            }));
            List<Long> ids = applicants.stream().map(a -> a.applicationId).toList();
            report.stage("county and city recommendations", () -> parallel(pool, ids, this::recommended));
            report.stage("eligibility passed, five experts drawn", () -> parallel(pool, ids, id -> {
                SignIn.as("office", Roles.OFFICE);
                eligibility.decide(taskOf(id, "CheckEligibility", null), id, true, null);
            }));
            report.stage("experts declared and scored (document review)", () -> parallel(pool, ids, id -> scored(id, ReviewStage.DOCUMENT)));
            report.stage("site reviews of the quality awards", () -> siteReviews(shares.keySet()));

            Map<Round, List<Long>> candidates = applicants.stream().collect(Collectors.groupingBy(a -> a.round, LinkedHashMap::new,
                    Collectors.mapping(a -> a.applicationId, Collectors.toList())));
            Map<Round, List<Long>> approved = new LinkedHashMap<>();
            report.stage("committees decided (rounds)", () -> {
                candidates.forEach((round, roundIds) -> {
                    SignIn.as("office", Roles.OFFICE);
                    publications.startDecision(round.getId());
                    List<Long> passed = roundIds.stream().filter(id -> id % REJECT_EVERY != 0).toList();
                    publicationFixtures.holdCommittee(round, passed);
                    approved.put(round, passed);
                });
                return candidates.size();
            });
            report.stage("notices: objections filed and decided, ended by the timer (rounds)", () -> noticesRun(candidates.keySet()));
            report.stage("lists approved and published (rounds)", () -> {
                candidates.keySet().forEach(round -> {
                    SignIn.as("office", Roles.OFFICE);
                    String listTask = publicationFixtures.roundTask(round.getId(), PublicationService.APPROVE_TASK);
                    publications.approve(listTask, new ListApproval("鲁政字〔" + year + "〕" + round.getId() + "号",
                            LocalDate.now(clock), Map.of()));
                });
                return candidates.size();
            });
            List<Long> issued = new ArrayList<>();
            report.stage("certificates issued by the batch", () -> {
                candidates.keySet().forEach(round -> certificateFixtures.issueAll(round.getId()));
                approved.values().forEach(roundIds -> issued.addAll(roundIds.stream().filter(this::hasCertificate).toList()));
                return issued.size();
            });
            report.stage("certificates rendered (PDF)", () -> parallel(pool, issued, id -> {
                SignIn.as("office", Roles.OFFICE);
                if (certificates.pdf(id).length == 0) {
                    throw new AssertionError("empty certificate of application " + id);
                }
            }));
            return report;
        } finally {
            pool.shutdownNow();
            clock.reset();
            ClockUtil.reset();
            SignIn.out();
        }
    }

    private boolean hasCertificate(long applicationId) {
        SignIn.as("office", Roles.OFFICE);
        try {
            return certificates.ofApplication(applicationId).isPresent();
        } finally {
            SignIn.out();
        }
    }

    /** The skeleton of a season of {@code applicationCount} applications, for {@link BareEngineSeason}. */
    public List<BareEngineSeason.Shape> shapes(int applicationCount) {
        List<BareEngineSeason.Shape> shapes = new ArrayList<>();
        shares(applicationCount).forEach((programme, share) -> shapes.add(new BareEngineSeason.Shape(programme.processKey(),
                programme.recommendation().contains(ProgrammeDescriptor.RecommendationLevel.COUNTY), programme.certifies(), share)));
        return shapes;
    }

    /** The year's round of each programme with its share of the applications. */
    private Map<Round, Integer> rounds(int year, int applicationCount) {
        Map<Round, Integer> rounds = new LinkedHashMap<>();
        shares(applicationCount).forEach((programme, share) -> rounds.put(
                roundFixtures.round(programme.id(), year, new ProgrammeDescriptor.Quotas(null, null, null, null)), share));
        return rounds;
    }

    /** Each programme's share of the applications, by its family's weight. */
    private Map<ProgrammeDescriptor, Integer> shares(int applicationCount) {
        List<ProgrammeDescriptor> all = PROGRAMMES.stream().map(programmes::get).toList();
        int weights = all.stream().mapToInt(p -> WEIGHT.get(p.family())).sum();
        Map<ProgrammeDescriptor, Integer> shares = new LinkedHashMap<>();
        int left = applicationCount;
        for (int i = 0; i < all.size(); i++) {
            int share = i == all.size() - 1 ? left : applicationCount * WEIGHT.get(all.get(i).family()) / weights;
            left -= share;
            shares.put(all.get(i), share);
        }
        return shares;
    }

    /** The application's way through its county and city bureaus to the province, as in RecommendationFixtures. */
    private void recommended(long applicationId) {
        for (int step = 0; step < 8; step++) {
            List<String> open = SignIn.asEngine(() -> workflow.openTaskKeys(applicationId));
            if (open.contains("CheckEligibility")) {
                return;
            }
            if (open.isEmpty()) {
                SignIn.out();
                timersOf(Long.toString(applicationId), Date.from(clock.instant().plus(Duration.ofDays(40)))).forEach(management::executeJob);
                continue;
            }
            String key = open.get(0);
            String task = taskOf(applicationId, key, null);
            SignIn.asRecommender(key.equals("CountyRecommendation")
                    ? RegionGroups.county(OrganisationFixtures.COUNTY) : RegionGroups.city(OrganisationFixtures.CITY));
            if (key.equals("ConsultDepartments")) {
                recommendations.recordConsultation(task, applicationId, Map.of(), true, null);
            } else {
                recommendations.pass(task, applicationId);
            }
        }
        throw new AssertionError("application " + applicationId + " did not reach the province");
    }

    /** Every expert drawn for the stage declares no conflict and scores; answers the total given. */
    private int scored(long applicationId, ReviewStage stage) {
        var rubric = SignIn.asEngine(() -> reviews.rubricOf(applicationId));
        int total = rubric.scale() * (7 + (int) (applicationId % 3)) / 10; // a whole step of ten percent on any rubric
        for (String expert : SignIn.asEngine(() -> draws.reviewers(applicationId, stage))) {
            SignIn.as(expert, Roles.EXPERT);
            if (SignIn.asEngine(() -> workflow.waitsAt(applicationId, "DeclareConflicts")) && hasTask(applicationId, "DeclareConflicts", expert)) {
                draws.declare(applicationId);
            }
            reviews.submit(taskOf(applicationId, "ScoreApplication", expert), applicationId, stage,
                    ReviewFixtures.sheetTotalling(rubric, total));
        }
        SignIn.out();
        return total;
    }

    /** The quality awards' office picks its site-review list once the round's document review closed; the teams score. */
    private int siteReviews(Collection<Round> rounds) {
        int reviewed = 0;
        for (Round round : rounds) {
            if (!programmes.get(round.getProgrammeId()).hasSiteReview()) {
                continue;
            }
            SignIn.as("office", Roles.OFFICE);
            for (long id : rankings.selectForSiteReview(round.getId())) {
                scored(id, ReviewStage.SITE);
                reviewed++;
            }
        }
        SignIn.out();
        return reviewed;
    }

    /**
     * Each round's notice takes two objections from the public against its first two candidates; the engine's clock
     * then passes the notice's last day and its timer fires; the office dismisses one objection and upholds the other.
     */
    private int noticesRun(Collection<Round> rounds) {
        List<String> filed = new ArrayList<>();
        for (Round round : rounds) {
            SignIn.out();
            var notice = notices.ofRound(round.getId()).orElseThrow(() -> new AssertionError("no notice of round " + round.getId()));
            notice.province().candidates().stream().limit(2).forEach(candidate -> {
                var form = new ObjectionForm();
                form.setObjectorName("王五");
                form.setIdType(Objection.IdType.RESIDENT_ID);
                form.setIdNumber("11010519491231002X");
                form.setContact("13800138000");
                form.setCandidateId(candidate.candidateId());
                form.setGrounds("该企业产品抽检情况需核实。");
                filed.add(objections.file(round.getId(), form, List.of()).reference());
            });
        }
        Instant later = clock.instant().plus(Duration.ofDays(40));
        ClockUtil.setCurrentTime(Date.from(later));
        clock.fixAt(ZonedDateTime.ofInstant(later, clock.getZone()));
        SignIn.out();
        for (Round round : rounds) {
            List<String> due = timersOf(ProcessVariables.roundBusinessKey(round.getId()), Date.from(later));
            if (due.isEmpty()) {
                throw new AssertionError("no due notice timer in round " + round.getId());
            }
            due.forEach(management::executeJob);
        }
        SignIn.as("office", Roles.OFFICE);
        List<Objection> open = objections.all().stream().map(ObjectionService.Handled::objection)
                .filter(o -> filed.contains(o.getReference())).toList();
        for (int i = 0; i < open.size(); i++) {
            if (i % 2 == 0) {
                objections.dismiss(open.get(i).getId(), "经核查，异议不成立。");
            } else {
                objections.uphold(open.get(i).getId(), "经核查，异议成立。");
            }
        }
        SignIn.out();
        return rounds.size();
    }

    /** The ids of the timers of the processes with this business key due before {@code before}. */
    private List<String> timersOf(String businessKey, Date before) {
        List<String> due = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().forEach(instance ->
                management.createJobQuery().processInstanceId(instance.getId()).timers().duedateLowerThan(before).list()
                        .forEach(job -> due.add(job.getId())));
        return due;
    }

    private boolean hasTask(long applicationId, String key, String assignee) {
        return query(applicationId, key, assignee).count() > 0;
    }

    /** The open task {@code key} of the application (of {@code assignee} when named), as its view finds it. */
    private String taskOf(long applicationId, String key, String assignee) {
        Task task = query(applicationId, key, assignee).singleResult();
        if (task == null) {
            throw new AssertionError("no open task " + key + " of application " + applicationId);
        }
        return task.getId();
    }

    private org.camunda.bpm.engine.task.TaskQuery query(long applicationId, String key, String assignee) {
        var query = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId)).taskDefinitionKey(key);
        return assignee == null ? query : query.taskAssignee(assignee);
    }

    /** Runs {@code step} for each item on the pool's threads, each signed out at its end; answers the number of items. */
    private static <T> int parallel(ExecutorService pool, List<T> items, Consumer<T> step) {
        return Parallel.each(pool, items, item -> {
            try {
                step.accept(item);
            } finally {
                SignIn.out();
            }
        });
    }

    private static final class Applicant {
        final Round round;
        final String organisation;
        volatile String username;
        volatile long applicationId;

        Applicant(Round round, String organisation) {
            this.round = round;
            this.organisation = organisation;
        }
    }
}
