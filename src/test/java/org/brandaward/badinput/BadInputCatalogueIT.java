package org.brandaward.badinput;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationForm;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.AttachmentService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.notice.NoticeFixtures;
import org.brandaward.notice.Objection;
import org.brandaward.notice.ObjectionForm;
import org.brandaward.notice.ObjectionService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.organisation.OrganisationForm;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeSetting;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.programme.RoundService;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.ExpertForm;
import org.brandaward.review.ExpertPoolService;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.review.ReviewService;
import org.brandaward.review.ReviewService.ItemEntry;
import org.brandaward.review.ReviewStage;
import org.brandaward.review.Rubric;
import org.brandaward.review.RubricCatalog;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.sitevisit.SiteVisitService;
import org.brandaward.workflow.WorkflowFixtures;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The catalogue of bad input beside the uploads: each row a case, what it tries (after an optional step that sets the
 * scene, such as another tab's save or the clock passing the deadline) and the message key it is refused with. A
 * refusal must be a {@link RuleViolationException} (or the optimistic-locking conflict the views show as
 * {@code error.concurrentChange}) whose text both bundles hold, and no table may change. Rounds of 2162 to 2166.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueIT {

    static final ZonedDateTime NOW = LocalDate.of(2026, 11, 2).atTime(10, 0).atZone(ClockConfiguration.ZONE);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final String LONG = "长".repeat(10_000);
    static final String RESIDENT_ID = "11010519491231002X";
    /** The tables a refused action might have written to. */
    static final List<String> TABLES = List.of("organisation", "app_user", "application", "application_figure", "attachment",
            "objection", "objection_evidence", "score_sheet", "item_score", "expert", "round", "site_visit", "site_visit_photo",
            "programme_setting", "audit_event");
    /** A programme of the test data only, whose settings no other test reads. */
    static final String TEST_PROGRAMME = "qh-geographical-indication";

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired NoticeFixtures noticeFixtures;
    @Autowired RoundService rounds;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ReviewService reviews;
    @Autowired RubricCatalog rubrics;
    @Autowired ExpertPoolService pool;
    @Autowired ProgrammeSettings settings;
    @Autowired ObjectionService objections;
    @Autowired AttachmentService attachments;
    @Autowired SiteVisitService visits;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired TestClock clock;

    String applicant;
    String bareApplicant;
    String registeredCode;
    long draftId;
    long submittedId;
    long closedRoundId;
    long closingDraftId;
    long noticeRoundId;
    long candidateId;
    long objectionId;
    long visitedId;
    long expertId;
    String scorer;
    long scoredId;
    String scoringTask;
    /** The form another tab loaded before this one saved: set by a row's scene, saved by its action. */
    final AtomicReference<Object> staleForm = new AtomicReference<>();
    /** What a row's scene changed for good and must put back. */
    final AtomicReference<Runnable> cleanup = new AtomicReference<>();

    @BeforeAll
    void scene() {
        atNow();
        Round open = roundFixtures.round("sd-famous-product", 2162, null);
        SignIn.as("office", Roles.OFFICE);
        closedRoundId = rounds.open("sd-famous-product", 2163, TODAY.minusDays(30), TODAY.minusDays(1), null).getId();
        long closingRoundId = rounds.open("sd-famous-product", 2165, TODAY.minusDays(30), TODAY, null).getId();

        applicant = organisationFixtures.applicantWithOrganisation("坏输入测试有限公司");
        registeredCode = organisations.currentOrganisation().orElseThrow().getCreditCode();
        draftId = applications.createDraft(open.getId(), ApplicantKind.ORGANISATION).getId();
        closingDraftId = applications.createDraft(closingRoundId, ApplicantKind.ORGANISATION).getId();
        submittedId = submitted(open, "重复提交测试有限公司", "重复提交香肠");
        bareApplicant = organisationFixtures.account("badinput", "未登记单位的申报人", Roles.APPLICANT);

        noticeRoundId = open.getId();
        candidateId = noticeFixtures.provincialNoticeOf(noticeRoundId, submitted(open, "异议目录测试有限公司", "异议香肠"));
        asVisitor();
        String reference = objections.file(noticeRoundId, objection(RESIDENT_ID, "宣传材料与实际不符"), List.of()).reference();
        objectionId = jdbc.queryForObject("select id from objection where reference = ?", Long.class, reference);

        visitedId = submitted(roundFixtures.round("qh-time-honored-brand", 2164, null), "坏输入老字号有限公司", "老陈醋");
        SignIn.as("office", Roles.OFFICE);
        visits.markNeeded(visitedId);
        expertId = reviewFixtures.expertInPool("钱教授", "371000", "山东大学", Family.FAMOUS_BRAND).getId();

        scoredId = submitted(open, "评分目录测试有限公司", "评分香肠");
        recommendationFixtures.toProvince(scoredId);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(scoredId, "CheckEligibility"), scoredId, true, null);
        scorer = SignIn.asEngine(() -> draws.reviewers(scoredId, ReviewStage.DOCUMENT)).get(0);
        SignIn.as(scorer, Roles.EXPERT);
        draws.declare(scoredId);
        scoringTask = workflowFixtures.task(scoredId, "ScoreApplication");
        SignIn.out();
    }

    Stream<Arguments> catalogue() {
        Runnable none = () -> { };
        return Stream.of(
                // 统一社会信用代码 of an organisation registering
                row("credit code: blank", none, () -> register(" ", "某公司"), "creditCode.BLANK"),
                row("credit code: 17 characters", none, () -> register("91350100M000100Y4", "某公司"), "creditCode.WRONG_LENGTH"),
                row("credit code: 19 characters", none, () -> register("91350100M000100Y433", "某公司"), "creditCode.WRONG_LENGTH"),
                row("credit code: SQL in it", none, () -> register("' OR '1'='1' --", "某公司"), "creditCode.WRONG_LENGTH"),
                row("credit code: the letter O", none, () -> register("91350100M00O100Y43", "某公司"), "creditCode.BAD_CHARACTER"),
                row("credit code: the letter I", none, () -> register("91350100M000I00Y43", "某公司"), "creditCode.BAD_CHARACTER"),
                row("credit code: Chinese characters", none, () -> register("91350100统一社会信用代码号码", "某公司"), "creditCode.BAD_CHARACTER"),
                row("credit code: wrong check character", none, () -> register("91350100M000100Y44", "某公司"), "creditCode.WRONG_CHECK_CHARACTER"),
                row("credit code: already registered", none, () -> register(registeredCode, "某公司"), "organisation.creditCodeTaken"),
                row("credit code: registered, typed full-width", none, () -> register(fullWidth(registeredCode), "某公司"),
                        "organisation.creditCodeTaken"),
                // texts longer than their columns
                row("organisation name: 10,000 characters", none, () -> register(OrganisationFixtures.newCreditCode(), LONG), "input.tooLong"),
                row("organisation name: blank", none, () -> register(OrganisationFixtures.newCreditCode(), "  "), "input.required"),
                row("legal representative: 10,000 characters", none, () -> register(OrganisationFixtures.newCreditCode(), "某公司", LONG, null),
                        "input.tooLong"),
                row("address: 10,000 characters", none, () -> register(OrganisationFixtures.newCreditCode(), "某公司", "张三", LONG),
                        "input.tooLong"),
                row("new organisation name: 10,000 characters", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    organisations.recordNameChange(organisationOf(draftId), LONG, "更名");
                }, "organisation.renameInvalid"),
                row("draft: product name of 10,000 characters", none, () -> saveDraft(draftId, Map.of(PRODUCT_NAME, LONG)),
                        "application.incomplete"),
                row("draft: sales of 10^20 yuan", none, () -> saveDraftWithSales(draftId, new BigDecimal("1E20")), "application.incomplete"),
                row("expert name: 10,000 characters", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    ExpertForm form = pool.formOf(expertId);
                    form.setName(LONG);
                    pool.save(expertId, form);
                }, "validation.tooLong"),
                row("site visit team: 10,000 characters", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    visits.record(visitedId, TODAY, LONG, "前店后厂");
                }, "sitevisit.tooLong"),
                row("objector name: 10,000 characters", none, () -> file(objection(RESIDENT_ID, "理由").withName(LONG)), "objection.nameTooLong"),
                row("objection grounds: 10,000 characters", none, () -> file(objection(RESIDENT_ID, LONG)), "objection.groundsTooLong"),
                row("score remark: 10,000 characters", none, () -> score(new ItemEntry("quality.spotChecks", 8, null, LONG, null)),
                        "validation.tooLong"),
                // identity numbers of objectors
                row("ID: wrong check character", none, () -> file(objection("110105194912310021", "理由")), "objection.idInvalid.RESIDENT_ID"),
                row("ID: 17 digits", none, () -> file(objection("11010519491231002", "理由")), "objection.idInvalid.RESIDENT_ID"),
                row("ID: letters inside", none, () -> file(objection("1101051949123100AX", "理由")), "objection.idInvalid.RESIDENT_ID"),
                row("ID: born on 31 February", none, () -> file(objection(residentId("11010519490231002"), "理由")),
                        "objection.idInvalid.RESIDENT_ID"),
                row("ID: born tomorrow", none, () -> file(objection(residentId("110105" + TODAY.plusDays(1).toString().replace("-", "") + "002"), "理由")),
                        "objection.idInvalid.RESIDENT_ID"),
                row("ID: born before 1900", none, () -> file(objection(residentId("11010518991231002"), "理由")),
                        "objection.idInvalid.RESIDENT_ID"),
                row("ID: a script as passport number", none, () -> file(objection("<script>", "理由").withType(Objection.IdType.PASSPORT)),
                        "objection.idInvalid.PASSPORT"),
                row("ID: passport of 3 characters", none, () -> file(objection("E12", "理由").withType(Objection.IdType.PASSPORT)),
                        "objection.idInvalid.PASSPORT"),
                row("ID: other document of 40 characters", none, () -> file(objection("A".repeat(40), "理由").withType(Objection.IdType.OTHER)),
                        "objection.idInvalid.OTHER"),
                row("ID: missing", none, () -> file(objection(" ", "理由")), "objection.idRequired"),
                row("objector: anonymous", none, () -> file(objection(RESIDENT_ID, "理由").withName("匿名")), "objection.anonymous"),
                row("objector: a javascript: contact", none, () -> file(objection(RESIDENT_ID, "理由").withContact("javascript:alert(1)")),
                        "objection.contactInvalid"),
                // scores
                row("score above the item's points", none, () -> score(new ItemEntry("quality.spotChecks", 11, null, null, null)),
                        "rubric.pointsRange"),
                row("negative score", none, () -> score(new ItemEntry("quality.spotChecks", -1, null, null, null)), "rubric.pointsRange"),
                row("score of an item the rubric lacks", none, () -> score(new ItemEntry("no.such.item", 5, null, null, null)),
                        "rubric.unknownItem"),
                row("percent score off the rubric's step", none, () -> percent(33), "rubric.percentStep"),
                row("percent score above 100", none, () -> percent(110), "rubric.percentRange"),
                // double submits: two clicks, two tabs
                row("application submitted twice", none, () -> {
                    SignIn.as(applicantOf(submittedId), Roles.APPLICANT);
                    applications.submit(submittedId, ApplicationFixtures.completeForm("重复提交香肠"));
                }, "application.notDraft"),
                row("the same objection filed twice", none, () -> file(objection(RESIDENT_ID, "宣传材料与实际不符")), "objection.duplicate"),
                row("the same objection filed twice, ID typed in lower case with blanks", none,
                        () -> file(objection(" 11010519491231002x ", "  宣传材料与实际不符 ")), "objection.duplicate"),
                row("score sheet submitted twice", () -> {
                    SignIn.as(scorer, Roles.EXPERT);
                    reviews.submit(scoringTask, scoredId, ReviewStage.DOCUMENT, ReviewFixtures.sheetTotalling(reviews.rubricOf(scoredId), 80));
                }, () -> {
                    SignIn.as(scorer, Roles.EXPERT);
                    reviews.submit(scoringTask, scoredId, ReviewStage.DOCUMENT, ReviewFixtures.sheetTotalling(reviews.rubricOf(scoredId), 90));
                }, "review.sheetLocked"),
                row("score changed after submitting", none, () -> score(new ItemEntry("quality.spotChecks", 9, null, null, null)),
                        "review.sheetLocked"),
                // a stale edit over a newer one
                row("expert entry saved from a stale tab", () -> {
                    SignIn.as("office", Roles.OFFICE);
                    ExpertForm otherTab = pool.formOf(expertId);
                    staleForm.set(pool.formOf(expertId));
                    otherTab.setTitle("教授");
                    pool.save(expertId, otherTab);
                }, () -> {
                    ExpertForm stale = (ExpertForm) staleForm.get();
                    stale.setTitle("副教授");
                    pool.save(expertId, stale);
                }, "error.concurrentChange"),
                row("draft saved from a stale tab", () -> {
                    SignIn.as(applicant, Roles.APPLICANT);
                    ApplicationForm otherTab = applications.formOf(draftId);
                    staleForm.set(applications.formOf(draftId));
                    otherTab.set(PRODUCT_NAME, "新名称");
                    applications.saveDraft(draftId, otherTab);
                }, () -> {
                    ApplicationForm stale = (ApplicationForm) staleForm.get();
                    stale.set(PRODUCT_NAME, "旧名称");
                    applications.saveDraft(draftId, stale);
                }, "error.concurrentChange"),
                row("programme settings saved from a stale tab", () -> {
                    SignIn.as("office", Roles.OFFICE);
                    Map<ProgrammeSetting, Integer> shown = shownSettings();
                    staleForm.set(shown);
                    int original = shown.get(ProgrammeSetting.ANSWER_WORKING_DAYS);
                    settings.change(TEST_PROGRAMME, shown, Map.of(ProgrammeSetting.ANSWER_WORKING_DAYS, original + 1));
                    cleanup.set(() -> settings.change(TEST_PROGRAMME, Map.of(ProgrammeSetting.ANSWER_WORKING_DAYS, original)));
                }, () -> {
                    @SuppressWarnings("unchecked")
                    Map<ProgrammeSetting, Integer> stale = (Map<ProgrammeSetting, Integer>) staleForm.get();
                    settings.change(TEST_PROGRAMME, stale, Map.of(ProgrammeSetting.ANSWER_WORKING_DAYS, stale.get(ProgrammeSetting.ANSWER_WORKING_DAYS) + 2));
                }, "error.concurrentChange"),
                row("programme setting under its minimum", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    settings.change(TEST_PROGRAMME, Map.of(ProgrammeSetting.EXPERTS_PER_APPLICATION, 0));
                }, "programmeSetting.minimum"),
                // dates out of order
                row("round deadline before its opening", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    rounds.open("sd-famous-product", 2166, TODAY, TODAY.minusDays(1), null);
                }, "round.deadlineBeforeOpening"),
                row("round without dates", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    rounds.open("sd-famous-product", 2166, null, TODAY, null);
                }, "round.datesRequired"),
                row("site visit dated tomorrow", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    visits.record(visitedId, TODAY.plusDays(1), "王五", "良好");
                }, "sitevisit.inFuture"),
                row("response due in 0 working days", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    objections.requestResponse(objectionId, 0);
                }, "objection.responseDays"),
                row("response due in 31 working days", none, () -> {
                    SignIn.as("office", Roles.OFFICE);
                    objections.requestResponse(objectionId, 31);
                }, "objection.responseDays"),
                // a round closed meanwhile
                row("draft in a round past its deadline", none, () -> {
                    SignIn.as(applicant, Roles.APPLICANT);
                    applications.createDraft(closedRoundId, ApplicantKind.ORGANISATION);
                }, "round.notAccepting"),
                row("submitting the day after the deadline", this::dayAfterDeadline, () -> {
                    SignIn.as(applicant, Roles.APPLICANT);
                    applications.submit(closingDraftId, ApplicationFixtures.completeForm("迟到香肠"));
                }, "round.notAccepting"),
                row("saving a draft the day after the deadline", this::dayAfterDeadline, () -> {
                    SignIn.as(applicant, Roles.APPLICANT);
                    applications.saveDraft(closingDraftId, ApplicationFixtures.completeForm("迟到香肠"));
                }, "round.notAccepting"),
                row("attaching to a draft the day after the deadline", this::dayAfterDeadline, () -> {
                    SignIn.as(applicant, Roles.APPLICANT);
                    attachments.attach(closingDraftId, "迟到.pdf", BadFiles.PDF);
                }, "round.notAccepting"),
                row("objecting the day after the notice", () -> at(noticeFixtures.lastDayOf(candidateId).plusDays(1)),
                        () -> file(objection(RESIDENT_ID, "晚到的异议")), "objection.noticeClosed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void each_bad_input_is_refused_with_a_translated_message_and_nothing_stored(String name, Runnable scene, ThrowingCallable action,
                                                                               String expectedKey) {
        scene.run();
        Map<String, Long> before = counts();
        Throwable thrown = catchThrowable(action);
        RuleViolationException refusal = thrown instanceof OptimisticLockingFailureException
                ? new RuleViolationException("error.concurrentChange") : null;
        if (thrown instanceof RuleViolationException rule) {
            refusal = rule;
        }
        assertThat(refusal).as("refused with a message, not %s", thrown).isNotNull();
        assertThat(refusal.getMessageKey()).isEqualTo(expectedKey);
        Translated.assertClear(messages, refusal);
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void a_stale_settings_tab_that_changes_another_setting_keeps_both_changes() {
        SignIn.as("office", Roles.OFFICE);
        Map<ProgrammeSetting, Integer> tabA = shownSettings();
        Map<ProgrammeSetting, Integer> tabB = shownSettings();
        int answerDays = tabA.get(ProgrammeSetting.ANSWER_WORKING_DAYS);
        int scoringDays = tabB.get(ProgrammeSetting.SCORING_WORKING_DAYS);
        cleanup.set(() -> settings.change(TEST_PROGRAMME, Map.of(ProgrammeSetting.ANSWER_WORKING_DAYS, answerDays,
                ProgrammeSetting.SCORING_WORKING_DAYS, scoringDays)));
        Map<ProgrammeSetting, Integer> wantedA = new EnumMap<>(tabA);
        wantedA.put(ProgrammeSetting.ANSWER_WORKING_DAYS, answerDays + 1);
        settings.change(TEST_PROGRAMME, tabA, wantedA);
        Map<ProgrammeSetting, Integer> wantedB = new EnumMap<>(tabB);
        wantedB.put(ProgrammeSetting.SCORING_WORKING_DAYS, scoringDays + 1);
        settings.change(TEST_PROGRAMME, tabB, wantedB);

        Map<ProgrammeSetting, Integer> now = shownSettings();
        assertThat(now.get(ProgrammeSetting.ANSWER_WORKING_DAYS)).as("tab A's change, not reverted by tab B").isEqualTo(answerDays + 1);
        assertThat(now.get(ProgrammeSetting.SCORING_WORKING_DAYS)).isEqualTo(scoringDays + 1);
    }

    @AfterEach
    void back() {
        Runnable undo = cleanup.getAndSet(null);
        if (undo != null) {
            SignIn.as("office", Roles.OFFICE);
            undo.run();
        }
        atNow();
        SignIn.out();
    }

    @AfterAll
    void resetClocks() {
        ClockUtil.reset();
        clock.reset();
    }

    static final String PRODUCT_NAME = "productName";

    /** The settings of the test programme as the settings view shows them. */
    private Map<ProgrammeSetting, Integer> shownSettings() {
        ProgrammeDescriptor programme = settings.get(TEST_PROGRAMME);
        Map<ProgrammeSetting, Integer> shown = new EnumMap<>(ProgrammeSetting.class);
        for (ProgrammeSetting setting : ProgrammeSetting.values()) {
            if (setting.appliesTo(programme.family())) {
                shown.put(setting, settings.valueOf(programme, setting));
            }
        }
        return shown;
    }

    private static Arguments row(String name, Runnable scene, ThrowingCallable action, String key) {
        return arguments(name, scene, action, key);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        counts.put("expert versions", jdbc.queryForObject("select coalesce(sum(version), 0) from expert", Long.class));
        counts.put("application versions", jdbc.queryForObject("select coalesce(sum(version), 0) from application", Long.class));
        counts.put("setting values", jdbc.queryForObject("select coalesce(sum(value), 0) from programme_setting", Long.class));
        counts.put("accounts with an organisation", jdbc.queryForObject("select count(organisation_id) from app_user", Long.class));
        return counts;
    }

    private void register(String creditCode, String name) {
        register(creditCode, name, OrganisationFixtures.LEGAL_REPRESENTATIVE, null);
    }

    private void register(String creditCode, String name, String legalRepresentative, String address) {
        SignIn.as(bareApplicant, Roles.APPLICANT);
        var form = new OrganisationForm();
        form.setCreditCode(creditCode);
        form.setName(name);
        form.setLegalRepresentative(legalRepresentative);
        form.setAddress(address);
        form.setCountyCode(OrganisationFixtures.COUNTY);
        organisations.register(form);
    }

    private void saveDraft(long applicationId, Map<String, Object> answers) {
        SignIn.as(applicant, Roles.APPLICANT);
        ApplicationForm form = applications.formOf(applicationId);
        answers.forEach(form::set);
        applications.saveDraft(applicationId, form);
    }

    private void saveDraftWithSales(long applicationId, BigDecimal sales) {
        SignIn.as(applicant, Roles.APPLICANT);
        ApplicationForm form = ApplicationFixtures.completeForm("大数香肠");
        form.setVersion(null);
        form.figures().forEach(f -> f.setSales(sales));
        applications.saveDraft(applicationId, form);
    }

    private void score(ItemEntry entry) {
        SignIn.as(scorer, Roles.EXPERT);
        reviews.saveDraft(scoredId, ReviewStage.DOCUMENT, List.of(entry));
    }

    /** 卓越绩效 rubrics score in steps of per cent: the quality award's. */
    private void percent(int given) {
        Rubric rubric = rubrics.get("gbt-19580");
        rubric.score(rubric.items().get(0), given);
    }

    private void file(Form form) {
        asVisitor();
        objections.file(noticeRoundId, form, List.of());
    }

    private Form objection(String idNumber, String grounds) {
        Form form = new Form();
        form.setObjectorName("王小明");
        form.setIdType(Objection.IdType.RESIDENT_ID);
        form.setIdNumber(idNumber);
        form.setContact("13800138000");
        form.setCandidateId(candidateId);
        form.setGrounds(grounds);
        return form;
    }

    /** The objection form with a fluent touch for the rows. */
    static final class Form extends ObjectionForm {
        Form withName(String name) {
            setObjectorName(name);
            return this;
        }

        Form withType(Objection.IdType type) {
            setIdType(type);
            return this;
        }

        Form withContact(String contact) {
            setContact(contact);
            return this;
        }
    }

    private long submitted(Round round, String organisation, String product) {
        organisationFixtures.applicantWithOrganisation(organisation);
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        SignIn.out();
        return id;
    }

    private String applicantOf(long applicationId) {
        return jdbc.queryForObject("select u.username from app_user u join application a on a.organisation_id = u.organisation_id "
                + "where a.id = ? limit 1", String.class, applicationId);
    }

    private long organisationOf(long applicationId) {
        return jdbc.queryForObject("select organisation_id from application where id = ?", Long.class, applicationId);
    }

    private void dayAfterDeadline() {
        at(TODAY.plusDays(1));
    }

    /** Moves the application's clock only: the engine's stays, so no timer of the scene falls due during a row. */
    private void at(LocalDate day) {
        clock.fixAt(day.atTime(10, 0).atZone(ClockConfiguration.ZONE));
    }

    private void atNow() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        clock.fixAt(NOW);
    }

    /** Residence ID of GB 11643 with its ISO 7064 MOD 11-2 check character. */
    static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** How a Chinese input method types ASCII: each character in its full-width form. */
    static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append((char) (c - 0x21 + 0xFF01)));
        return wide.toString();
    }

    private static void asVisitor() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }
}
