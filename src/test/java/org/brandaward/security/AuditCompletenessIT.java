package org.brandaward.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.brandaward.Fixture;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.Attachment;
import org.brandaward.application.AttachmentService;
import org.brandaward.certificate.CertificateService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.organisation.PasswordChangeForm;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeSetting;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.workflow.BusinessCalendar;
import org.brandaward.workflow.CalendarDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state change writes its audit row. The state-changing methods are our beans' public methods that run in a
 * read-write transaction; each has a row here naming the audit records (entity type and action) one call of it
 * writes, one of which must appear, or the reason it writes none. A new such method without a row fails the test.
 * Then a season's work is done through the real services (an application from draft to certificate, and the office's
 * and admin's other changes) while every call of those methods is watched: each call that returns writes at least one
 * of the records its row names (itself or through the service it hands the change to, such as ApplicationService's
 * status steps).
 */
@IntegrationTest
@Import(AuditCompletenessIT.Watching.class)
class AuditCompletenessIT {

    /** Method (class.method, overloads together) → the records it writes, "ENTITY:ACTION", one of which at least. */
    static final Map<String, Set<String>> WRITES = Map.ofEntries(
            entry("ApplicationService.createDraft", Set.of("APPLICATION:CREATED")),
            entry("ApplicationService.createReevaluationDraft", Set.of("APPLICATION:REEVALUATION_CREATED")),
            entry("ApplicationService.saveDraft", Set.of("APPLICATION:DRAFT_SAVED")),
            entry("ApplicationService.submit", Set.of("APPLICATION:SUBMITTED")),
            entry("ApplicationService.recordStep", Set.of("APPLICATION:*")),
            entry("AttachmentService.attach", Set.of("APPLICATION:ATTACHMENT_ADDED")),
            entry("AttachmentService.markAnonymised", Set.of("APPLICATION:ATTACHMENT_ANONYMISED", "APPLICATION:ATTACHMENT_NOT_ANONYMISED")),
            entry("AttachmentService.remove", Set.of("APPLICATION:ATTACHMENT_REMOVED")),
            entry("BusinessCalendar.save", Set.of("CALENDAR_DAY:SAVED")),
            entry("BusinessCalendar.remove", Set.of("CALENDAR_DAY:REMOVED")),
            entry("CertificateBatches.open", Set.of("CERTIFICATE_BATCH:QUEUED")),
            entry("CertificateBatches.resume", Set.of("CERTIFICATE_BATCH:RESUMED")),
            entry("CertificateService.issue", Set.of("CERTIFICATE:ISSUED")),
            entry("CertificateService.reissue", Set.of("CERTIFICATE:REISSUED")),
            entry("CommitteeService.convene", Set.of("COMMITTEE_MEETING:CONVENED")),
            entry("CommitteeService.cast", Set.of("COMMITTEE_MEETING:BALLOT_CAST")),
            entry("CommitteeService.closeBallot", Set.of("COMMITTEE_MEETING:BALLOT_CLOSED")),
            entry("CommitteeService.resolveQuota", Set.of("COMMITTEE_MEETING:QUOTA_RESOLVED")),
            entry("CommitteeService.signOff", Set.of("COMMITTEE_MEETING:SIGNED_OFF")),
            entry("CreditRecordService.record", Set.of("CREDIT_RECORD:*")),
            entry("CreditRecordService.importFile", Set.of("CREDIT_RECORD:*")),
            entry("EligibilityService.decide", Set.of("APPLICATION:*")),
            entry("EligibilityService.requestSupplement", Set.of("APPLICATION:*")),
            entry("ExpertDrawService.drawExperts", Set.of("EXPERT_DRAW:*")),
            entry("ExpertDrawService.drawSiteTeam", Set.of("EXPERT_DRAW:*")),
            entry("ExpertDrawService.declare", Set.of("EXPERT_ASSIGNMENT:DECLARED")),
            entry("ExpertDrawService.decline", Set.of("EXPERT_ASSIGNMENT:DECLINED")),
            entry("ExpertDrawService.replaceSilent", Set.of("EXPERT_ASSIGNMENT:NO_ANSWER")),
            entry("ExpertPoolService.save", Set.of("EXPERT:*")),
            entry("ExpertPoolService.importFile", Set.of("EXPERT:*")),
            entry("ExpertWorkloadService.remind", Set.of("EXPERT_REMINDER:SENT")),
            entry("FeedbackReportService.release", Set.of("ROUND:FEEDBACK_RELEASED")),
            entry("MailOutboxService.requeue", Set.of("MAIL:REQUEUED")),
            entry("NoticeService.open", Set.of("NOTICE:OPENED")),
            entry("NoticeService.close", Set.of("NOTICE:CLOSED")),
            entry("ObjectionService.file", Set.of("OBJECTION:FILED")),
            entry("ObjectionService.requestResponse", Set.of("OBJECTION:RESPONSE_REQUESTED")),
            entry("ObjectionService.respond", Set.of("OBJECTION:RESPONDED")),
            entry("ObjectionService.uphold", Set.of("OBJECTION:UPHELD")),
            entry("ObjectionService.dismiss", Set.of("OBJECTION:DISMISSED")),
            entry("OrganisationService.register", Set.of("ORGANISATION:REGISTERED")),
            entry("OrganisationService.assignCounty", Set.of("ORGANISATION:REGION_SET")),
            entry("OrganisationService.recordNameChange", Set.of("ORGANISATION:RENAMED")),
            entry("ProgrammeSettings.change", Set.of("PROGRAMME_SETTING:CHANGED")),
            entry("PublicationService.startDecision", Set.of("ROUND:DECISION_STARTED")),
            entry("PublicationService.approve", Set.of("ROUND_DECISION:APPROVED")),
            entry("PublicationService.publish", Set.of("ROUND_DECISION:PUBLISHED")),
            entry("PublicationService.recordMinistryOutcome", Set.of("APPLICATION:*")),
            entry("RankingService.selectForSiteReview", Set.of("ROUND:SITE_REVIEW_SELECTED")),
            entry("RatingService.rate", Set.of("CONSUMER_RATING:RATED")),
            entry("RecommendationService.pass", Set.of("APPLICATION:*")),
            entry("RecommendationService.turnDown", Set.of("APPLICATION:*")),
            entry("RecommendationService.requestSupplement", Set.of("APPLICATION:*")),
            entry("RecommendationService.recordConsultation", Set.of("APPLICATION:*")),
            entry("ReviewService.saveDraft", Set.of("SCORE_SHEET:DRAFT_SAVED")),
            entry("ReviewService.submit", Set.of("SCORE_SHEET:SUBMITTED")),
            entry("ReviewService.openConsensus", Set.of("CONSENSUS:OPENED")),
            entry("ReviewService.revise", Set.of("SCORE_SHEET:REVISED", "SCORE_SHEET:CONFIRMED")),
            entry("RevocationReviewService.open", Set.of("CERTIFICATE:REVOCATION_REVIEW_OPENED")),
            entry("RevocationReviewService.keep", Set.of("CERTIFICATE:*")),
            entry("RevocationReviewService.revoke", Set.of("CERTIFICATE:REVOKED")),
            entry("RoundService.open", Set.of("ROUND:OPENED")),
            entry("SiteVisitService.markNeeded", Set.of("SITE_VISIT:MARKED_NEEDED")),
            entry("SiteVisitService.record", Set.of("SITE_VISIT:*")),
            entry("SiteVisitService.addPhoto", Set.of("SITE_VISIT:PHOTO_ADDED")),
            entry("SupplementService.requestSupplement", Set.of("APPLICATION:*")),
            entry("SupplementService.resubmit", Set.of("APPLICATION:*")),
            entry("SupplementService.withdrawOverdue", Set.of("APPLICATION:*")),
            entry("SurveyService.confirm", Set.of("SURVEY_IMPORT:*")),
            entry("SurveyService.setWindow", Set.of("SURVEY_WINDOW:SET")),
            entry("TitleLifeService.applyForReevaluation", Set.of("APPLICATION:REEVALUATION_CREATED")),
            entry("TitleLifeService.remind", Set.of("CERTIFICATE:EXPIRY_REMINDED")),
            entry("TitleLifeService.expire", Set.of("CERTIFICATE:EXPIRED")),
            entry("TitleLifeService.renew", Set.of("CERTIFICATE:RENEWED")),
            entry("TitleLifeService.openRecheck", Set.of("CERTIFICATE:RECHECK_OPENED")),
            entry("TitleLifeService.decideRecheck", Set.of("CERTIFICATE:*")),
            entry("TitleLifeService.decideRectification", Set.of("CERTIFICATE:RECTIFIED")),
            entry("UserAccountService.signUpApplicant", Set.of("USER_ACCOUNT:CREATED")),
            entry("UserAccountService.create", Set.of("USER_ACCOUNT:CREATED")),
            entry("UserAccountService.createStaff", Set.of("USER_ACCOUNT:CREATED")),
            entry("UserAccountService.createRecommender", Set.of("USER_ACCOUNT:CREATED")),
            entry("UserAccountService.changeEmail", Set.of("USER_ACCOUNT:EMAIL_CHANGED")),
            entry("UserAccountService.assignRegion", Set.of("USER_ACCOUNT:REGION_ASSIGNED")),
            entry("UserAccountService.changeOwnPassword", Set.of("USER_ACCOUNT:PASSWORD_CHANGED")),
            entry("UserAccountService.resetPassword", Set.of("USER_ACCOUNT:PASSWORD_RESET")),
            entry("UserAccountService.disable", Set.of("USER_ACCOUNT:DISABLED")),
            entry("UserAccountService.enable", Set.of("USER_ACCOUNT:ENABLED")));

    /** Methods that change no fact of ours themselves, and why no record of theirs is needed. */
    static final Map<String, String> WRITES_NONE = Map.ofEntries(
            entry("AuditLog.record", "the audit trail itself"),
            entry("ApplicationService.lock", "a row lock (select for update) that orders concurrent steps; changes nothing"),
            entry("RoundService.lockForQuota", "a row lock (select for update) that orders quota checks; changes nothing"),
            entry("WorkflowService.startApplicationProcess", "the engine's bookkeeping; the step that starts it is audited by its service"),
            entry("WorkflowService.startRoundProcess", "the engine's bookkeeping; the step that starts it is audited by its service"),
            entry("WorkflowService.startProcess", "the engine's bookkeeping; the step that starts it is audited by its service"),
            entry("WorkflowService.complete", "completes the engine's task for a service that audited the decision"),
            entry("WorkflowService.completeOpenTask", "completes the engine's task for a service that audited the decision"),
            entry("WorkflowService.completeRoundTask", "completes the engine's task for a service that audited the decision"),
            entry("WorkflowService.completeTaskOf", "completes the engine's task for a service that audited the decision"),
            entry("WorkflowService.correlate", "passes a message to the engine for a service that audited the change"),
            entry("WorkflowService.correlateIfWaiting", "passes a message to the engine for a service that audited the change"),
            entry("EligibilityService.failedRules", "evaluates the eligibility table (DMN history only); decides nothing"),
            entry("NoticeService.hasUndecidedObjections", "a question the notice's process asks; changes nothing"));

    /** Calls watched while the scenario runs: method → records each returning call wrote itself. */
    static final Map<String, List<Set<String>>> CALLS = new ConcurrentHashMap<>();
    static volatile JdbcTemplate jdbc;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired Clock clock;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired ApplicationService applications;
    @Autowired AttachmentService attachments;
    @Autowired BusinessCalendar calendar;
    @Autowired ProgrammeSettings settings;
    @Autowired CertificateService certificates;
    @Autowired UserAccountService accounts;

    @BeforeEach
    void watch() {
        CALLS.clear();
        jdbc = jdbcTemplate;
    }

    @AfterEach
    void stopWatching() {
        jdbc = null;
        SignIn.out();
    }

    @Test
    void every_state_changing_method_has_a_row() {
        Set<String> found = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Component.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.brandaward") || type.isAnnotationPresent(Fixture.class)) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods()).filter(m -> changesState(m, type))
                    .forEach(m -> found.add(type.getSimpleName() + "." + m.getName()));
        }
        Set<String> rows = new TreeSet<>(WRITES.keySet());
        rows.addAll(WRITES_NONE.keySet());
        assertThat(difference(found, rows)).as("state-changing methods without a row").isEmpty();
        assertThat(difference(rows, found)).as("rows for no state-changing method").isEmpty();
        assertThat(found).hasSizeGreaterThan(90);
    }

    @Test
    void each_call_writes_its_audit_record() {
        Round round = roundFixtures.round(2124);
        String applicant = organisationFixtures.applicantWithOrganisation("日照审计完整茶业有限公司");
        long certified = publicationFixtures.recognisedApplication(applicant, round, "完整牌绿茶");
        SignIn.as("office", Roles.OFFICE);
        certificates.reissue(certified, "日照审计完整新名茶业有限公司", "工商登记名称变更");

        long nextRound = roundFixtures.round(2125).getId();
        SignIn.as(applicant, Roles.APPLICANT);
        long draft = applications.createDraft(nextRound, ApplicantKind.ORGANISATION).getId();
        SignIn.as(applicant, Roles.APPLICANT);
        applications.saveDraft(draft, ApplicationFixtures.completeForm("草稿牌红茶"));
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Attachment attachment = attachments.attach(draft, "营业执照.pdf", pdf);
        SignIn.as("office", Roles.OFFICE);
        attachments.markAnonymised(attachment.getId(), true);
        SignIn.as(applicant, Roles.APPLICANT);
        attachments.remove(attachment.getId());

        SignIn.as("admin", Roles.ADMIN);
        LocalDate day = LocalDate.of(2125, 3, 6);
        calendar.save(day, CalendarDay.Kind.HOLIDAY, "审计测试假日");
        calendar.remove(day);
        long keeper = accounts.create("audit-keeper", "kept-pass-2124", "审计账号", Roles.OFFICE).getId();
        accounts.resetPassword(keeper, "reset-pass-2124");
        accounts.disable(keeper);
        accounts.enable(keeper);
        SignIn.as("audit-keeper", Roles.OFFICE);
        PasswordChangeForm change = new PasswordChangeForm();
        change.setCurrentPassword("reset-pass-2124");
        change.setNewPassword("changed-pass-2125");
        change.setConfirmation("changed-pass-2125");
        accounts.changeOwnPassword(change);
        SignIn.as("office", Roles.OFFICE);
        settings.change("sd-famous-product", Map.of(ProgrammeSetting.CERTIFICATE_NUMBER_DIGITS, 4));

        Map<String, String> missing = new TreeMap<>();
        Set<String> covered = new TreeSet<>();
        CALLS.forEach((method, calls) -> {
            Set<String> expected = WRITES.get(method);
            if (expected == null) {
                return;
            }
            covered.add(method);
            for (Set<String> written : calls) {
                if (written.stream().noneMatch(record -> matches(expected, record))) {
                    missing.put(method, "wrote " + written + ", expected one of " + expected);
                }
            }
        });
        System.out.println("Audit completeness: " + covered.size() + " of " + WRITES.size() + " auditing methods called: " + covered);
        System.out.println("Audit completeness, not called: " + new TreeSet<>(difference(WRITES.keySet(), covered)));
        assertThat(missing).as("calls that wrote none of their records").isEmpty();
        assertThat(covered).as("auditing methods the scenario called").hasSizeGreaterThanOrEqualTo(35);
    }

    private static boolean matches(Set<String> expected, String record) {
        return expected.contains(record) || expected.contains(record.substring(0, record.indexOf(':') + 1) + "*");
    }

    private static Set<String> difference(Set<String> all, Set<String> some) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(some);
        return rest;
    }

    /** A public method of ours that runs in a read-write transaction (its own annotation, else its class's). */
    static boolean changesState(Method method, Class<?> type) {
        if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                || Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        if (transactional == null) {
            transactional = AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class);
        }
        return transactional != null && !transactional.readOnly();
    }

    /** Records, for every watched call that returns, the audit records written during it (by it or the services it calls). */
    @TestConfiguration
    static class Watching {

        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static Advisor auditWatcher() {
            StaticMethodMatcherPointcut pointcut = new StaticMethodMatcherPointcut() {
                @Override
                public boolean matches(Method method, Class<?> type) {
                    return type.getPackageName().startsWith("org.brandaward") && changesState(method, type);
                }
            };
            MethodInterceptor watch = invocation -> {
                JdbcTemplate db = jdbc;
                if (db == null) {
                    return invocation.proceed();
                }
                String method = AopUtils.getTargetClass(invocation.getThis()).getSimpleName() + "." + invocation.getMethod().getName();
                long before = lastId(db);
                Object result = invocation.proceed();
                // The records are written in the call's transaction: the same connection sees them before it commits.
                Set<String> written = new TreeSet<>(db.query("select entity_type || ':' || action from audit_event where id > ?",
                        (rs, row) -> rs.getString(1), before));
                CALLS.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>()).add(written);
                return result;
            };
            DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, watch);
            advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return advisor;
        }

        private static long lastId(JdbcTemplate db) {
            Long id = db.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
            return id == null ? 0 : id;
        }
    }
}
