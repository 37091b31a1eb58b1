package org.brandaward;

import org.springframework.beans.factory.annotation.Autowired;
import java.time.Clock;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.application.ApplicationForm;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.Figure;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.organisation.CreditCode;
import org.brandaward.organisation.DemoAccounts;
import org.brandaward.organisation.OrganisationForm;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.publication.ApprovalService;
import org.brandaward.recommendation.RecommendationService;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.Expert;
import org.brandaward.review.ExpertForm;
import org.brandaward.review.ExpertPoolService;
import org.brandaward.review.RankingService;
import org.brandaward.review.ReviewService;
import org.brandaward.review.RubricCatalog;
import org.brandaward.review.ReviewStage;
import org.brandaward.review.Rubric;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the people and records a test needs, through the real services. */
@Component
public class TestData {

    @Autowired
    private Clock clock;

    public static final String PROGRAMME = "sd-famous-product";
    /** The legal representative of every organisation TestData registers; they sign the pledge. */
    public static final String LEGAL_REPRESENTATIVE = "张三";
    /** Where every organisation TestData registers is, by GB/T 2260 code: 历下区 of 济南市. Its county and city bureaus recommend it. */
    public static final String CITY = "370100";
    public static final String COUNTY = "370102";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountService accounts;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final ApplicationService applications;
    private final WorkflowService workflow;
    private final EligibilityService eligibility;
    private final ReviewService reviews;
    private final ApprovalService approvals;
    private final RecommendationService recommendations;
    private final ExpertDrawService draws;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final RankingService rankings;
    private final RubricCatalog rubrics;
    private final ExpertPoolService pool;

    TestData(UserAccountService accounts, OrganisationService organisations, RoundService rounds, ApplicationService applications,
             WorkflowService workflow, EligibilityService eligibility, ReviewService reviews, ApprovalService approvals,
             RecommendationService recommendations, ExpertDrawService draws, RuntimeService runtime, ManagementService management,
             RankingService rankings, RubricCatalog rubrics, ExpertPoolService pool) {
        this.pool = pool;
        this.rankings = rankings;
        this.rubrics = rubrics;
        this.draws = draws;
        this.recommendations = recommendations;
        this.runtime = runtime;
        this.management = management;
        this.accounts = accounts;
        this.organisations = organisations;
        this.rounds = rounds;
        this.applications = applications;
        this.workflow = workflow;
        this.eligibility = eligibility;
        this.reviews = reviews;
        this.approvals = approvals;
    }

    /**
     * An application form that any programme accepts and whose declarations meet every eligibility rule: every
     * field of every section answered, and figures for the years around any round a test opens.
     */
    public static ApplicationForm completeForm(String product) {
        var form = new ApplicationForm();
        form.set("foundedYear", 1990);
        form.set("registeredInProvince", true);
        form.set("domesticControl", true);
        form.set("majorAccidentLast3Years", false);
        form.set("financialViolationLast3Years", false);
        form.set("employees", 320);
        form.set("profile", "专业生产" + product + "三十余年。");
        form.set("productName", product);
        form.set("productSinceYear", 1995);
        form.set("trademark", product + "®");
        form.set("trademarkRegistrationNo", "第1234567号");
        form.set("trademarkDisputed", false);
        form.set("certifications", "ISO 9001");
        form.set("spotChecksPassedLast3Years", true);
        for (String criterion : List.of("leadership", "strategy", "customersAndMarket", "resources", "processManagement",
                "measurementAndAnalysis", "results")) {
            form.set(criterion, "按卓越绩效模式持续改进（" + criterion + "）。");
        }
        form.set("personName", "李明");
        form.set("personPosition", "质量总监");
        form.set("yearsOfQualityWork", 12);
        form.set("achievements", "主持建立卓越绩效管理体系");
        form.set("brandFoundedYear", 1900);
        form.set("foundingProof", "清光绪年间商号契约");
        form.set("mainBusinessSinceYear", 1920);
        form.set("inheritedCraft", "传统手工技艺");
        form.set("lineage", "五代传承");
        form.set("culturalEvidence", "地方志记载");
        for (int year = 2015; year <= 2100; year++) {
            Figure figure = form.figure(year);
            figure.setSales(new BigDecimal("120000000").add(BigDecimal.valueOf(year - 2015).multiply(new BigDecimal("7500000.50"))));
            figure.setProfit(new BigDecimal("9000000"));
            figure.setTax(new BigDecimal("4000000"));
            figure.setRdSpend(new BigDecimal("3600000"));
            figure.setMarketShare(new BigDecimal("12.5"));
        }
        form.setPledgeAccepted(true);
        form.setPledgeSignatory(LEGAL_REPRESENTATIVE);
        return form;
    }

    /**
     * An application of the signed-in applicant taken through eligibility, scoring and approval, so it holds a
     * certificate; the test is left signed in as {@code applicant}.
     */
    public long recognisedApplication(String applicant, Round round, String product) {
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, completeForm(product));
        toProvince(id);
        signIn("office", Roles.OFFICE);
        eligibility.decide(task(id, "CheckEligibility"), id, true, null);
        int total = rubrics.get(rounds.programmeOf(round).rubric()).scale() * 9 / 10;
        reviewedByExperts(id, total);
        if (asEngine(() -> workflow.waitsAt(id, "AwaitSiteSelection"))) {
            signIn("office", Roles.OFFICE);
            rankings.selectForSiteReview(round.getId());
            scoredOnSite(id, total);
        }
        signIn("office", Roles.OFFICE);
        approvals.decide(task(id, "ApproveRecognition"), id, true, null);
        signIn(applicant, Roles.APPLICANT);
        return id;
    }

    /**
     * A new expert of one field in the pool, with an account of their own (password {@link DemoAccounts#PASSWORD}),
     * added by the signed-in office.
     */
    public Expert expertInPool(String name, String cityCode, String employer, ProgrammeDescriptor.Family field) {
        String username = "test-expert-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        asEngine(() -> accounts.create(username, DemoAccounts.PASSWORD, name, Roles.EXPERT));
        var form = new ExpertForm();
        form.setName(name);
        form.setCityCode(cityCode);
        form.setEmployer(employer);
        form.setFields(EnumSet.of(field));
        form.setUsername(username);
        return pool.save(null, form);
    }

    /**
     * Every expert drawn for an application that passed eligibility declares no conflict and submits a sheet whose
     * total is the n-th of {@code totals} (repeated when fewer are given), on the rubric's scale; the test is left
     * signed out.
     */
    public void reviewedByExperts(long applicationId, int... totals) {
        scoredInStage(applicationId, ReviewStage.DOCUMENT, totals);
    }

    /** As {@link #reviewedByExperts}, for the site review team. */
    public void scoredOnSite(long applicationId, int... totals) {
        scoredInStage(applicationId, ReviewStage.SITE, totals);
    }

    private void scoredInStage(long applicationId, ReviewStage stage, int... totals) {
        List<String> experts = asEngine(() -> draws.reviewers(applicationId, stage));
        for (int i = 0; i < experts.size(); i++) {
            signIn(experts.get(i), Roles.EXPERT);
            if (workflow.inbox().stream().anyMatch(t -> t.applicationId() == applicationId && t.key().equals("DeclareConflicts"))) {
                draws.declare(applicationId);
            }
            reviews.submit(task(applicationId, "ScoreApplication"), applicationId, stage,
                    sheetTotalling(reviews.rubricOf(applicationId), totals[i % totals.length]));
        }
        signOut();
    }

    /**
     * Item scores adding up to {@code total}: under percentages every item gets the same percentage; under points each
     * item its share, the remainder spread from the first item on. Formula items given otherwise carry a reason.
     */
    public static List<ReviewService.ItemEntry> sheetTotalling(Rubric rubric, int total) {
        List<ReviewService.ItemEntry> entries = new ArrayList<>();
        if (rubric.scoring() == Rubric.Scoring.PERCENT_STEPS) {
            int percent = total * 100 / rubric.scale();
            rubric.items().forEach(item -> entries.add(entry(item, percent)));
            return entries;
        }
        int[] given = rubric.items().stream().mapToInt(item -> item.points() * total / rubric.scale()).toArray();
        int remainder = total - java.util.Arrays.stream(given).sum();
        for (int i = 0; remainder > 0; i = (i + 1) % given.length) {
            if (given[i] < rubric.items().get(i).points()) {
                given[i]++;
                remainder--;
            }
        }
        for (int i = 0; i < given.length; i++) {
            entries.add(entry(rubric.items().get(i), given[i]));
        }
        return entries;
    }

    private static ReviewService.ItemEntry entry(Rubric.Item item, int given) {
        return new ReviewService.ItemEntry(item.id(), given, item.formula() == null ? null : "按核实的数据评分",
                "方法系统，展开充分。", "测量分析有待加强。");
    }

    /**
     * Takes a submitted application through its recommendation chain to the provincial eligibility review, as the
     * county and city bureaus of {@link #CITY} would: each passes it, the city records clean department opinions and
     * its notice timer is fired. The test is left signed out.
     */
    public void toProvince(long applicationId) {
        for (int step = 0; step < 8; step++) {
            List<String> open = asEngine(() -> workflow.openTaskKeys(applicationId));
            if (open.contains("CheckEligibility")) {
                signOut();
                return;
            }
            if (open.isEmpty()) {
                signOut(); // the job executor acts for nobody
                fireTimers(applicationId);
                continue;
            }
            String key = open.get(0);
            signInRecommender(key.equals("CountyRecommendation") ? RegionGroups.county(COUNTY) : RegionGroups.city(CITY));
            if (key.equals("ConsultDepartments")) {
                recommendations.recordConsultation(task(applicationId, key), applicationId, Map.of(), true, null);
            } else {
                recommendations.pass(task(applicationId, key), applicationId);
            }
        }
        throw new AssertionError("application " + applicationId + " did not reach the province: " + asEngine(() -> workflow.openTaskKeys(applicationId)));
    }

    /** Fires the due-or-not timers of an application's processes, as the engine would when their day comes. */
    public void fireTimers(long applicationId) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(applicationId)).list().forEach(instance ->
                management.createJobQuery().processInstanceId(instance.getId()).timers().list()
                        .forEach(job -> management.executeJob(job.getId())));
    }

    /** Acts as a recommender of the region {@code group} (see {@link RegionGroups}). */
    public static void signInRecommender(String group) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Roles.RECOMMENDER),
                new SimpleGrantedAuthority(RegionGroups.AUTHORITY_PREFIX + group));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("recommender-" + group, "n/a", authorities));
    }

    /** The id of the open task {@code key} of an application, as the signed-in role sees it in its inbox. */
    public String task(long applicationId, String key) {
        return workflow.inbox().stream().filter(t -> t.applicationId() == applicationId && t.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no open task " + key + " for application " + applicationId)).id();
    }

    /** Acts as {@code username} with {@code role} for the rest of the test thread. */
    public static void signIn(String username, String role) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs {@code work} as the engine runs seeding and process steps, then puts back who was signed in. */
    public static <T> T asEngine(Callable<T> work) {
        try {
            return CurrentUser.asEngine(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid unified social credit code, different on every call. */
    public static String newCreditCode() {
        String first17 = "91370100MA" + "%07d".formatted(SEQUENCE.incrementAndGet() + 3_000_000);
        return CreditCode.withCheckCharacter(first17);
    }

    /** The open round of {@link #PROGRAMME} for {@code year}, opened by the demo office account if missing. */
    public Round round(int year) {
        return round(PROGRAMME, year, null);
    }

    /** The open round of a programme for {@code year}, opened with {@code quotas} (null: the programme's) if missing. */
    public Round round(String programmeId, int year, ProgrammeDescriptor.Quotas quotas) {
        signIn("office", Roles.OFFICE);
        try {
            return rounds.all().stream()
                    .filter(r -> r.getProgrammeId().equals(programmeId) && r.getYear() == year)
                    .findFirst()
                    .orElseGet(() -> rounds.open(programmeId, year, LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusMonths(2), quotas));
        } finally {
            signOut();
        }
    }

    /** A new applicant account with a registered organisation; the test is left signed in as it. */
    public String applicantWithOrganisation(String organisationName) {
        String username = "applicant-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        asEngine(() -> accounts.create(username, "secret123", organisationName, Roles.APPLICANT));
        signIn(username, Roles.APPLICANT);
        var form = new OrganisationForm();
        form.setCreditCode(newCreditCode());
        form.setName(organisationName);
        form.setLegalRepresentative(LEGAL_REPRESENTATIVE);
        form.setCountyCode(COUNTY);
        organisations.register(form);
        return username;
    }
}
