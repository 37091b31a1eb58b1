package org.brandaward.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import org.brandaward.KaribuTest;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.SupplementService;
import org.brandaward.certificate.CertificateIssued;
import org.brandaward.certificate.TitleExpiryNear;
import org.brandaward.certificate.TitleExpired;
import org.brandaward.certificate.TitleRemoved;
import org.brandaward.certificate.TitleRevoked;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.notice.ObjectionDecided;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.organisation.OrganisationForm;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.organisation.SignUpForm;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.publication.ListApproval;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.notice.Objection;
import org.brandaward.notice.ObjectionForm;
import org.brandaward.notice.ObjectionService;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.ExpertDrawn;
import org.brandaward.review.ReviewStage;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.workflow.WorkflowService;
import org.brandaward.review.ReviewService;
import org.brandaward.shared.ClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without an SMTP server (and in the demo, as here) every notification is written to the outbox and kept there for the
 * admin to read under 系统管理 → 邮件: one mail per event to the right address, in the recipient's language.
 */
class MailOutboxIT extends KaribuTest {

    static final int YEAR = 2080;

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired SupplementService supplements;
    @Autowired EligibilityService eligibility;
    @Autowired OrganisationService organisations;
    @Autowired UserAccountService accounts;
    @Autowired OutboxMailRepository outbox;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired PublicationService publications;
    @Autowired ObjectionService objections;
    @Autowired JdbcTemplate jdbc;
    @Autowired ExpertDrawService draws;
    @Autowired MailOutboxService outboxService;
    @Autowired DeadlineReminders reminders;
    @Autowired ApplicationEventPublisher events;
    // The certificate events reach the mail listener alone: published to the context, they would also reach the
    // title-validity process and the revocation review with certificate ids of other tests.
    @Autowired CertificateMails certificateMails;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;
    @Autowired WorkflowService workflow;

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void with_no_smtp_server_the_certificate_mail_is_kept_and_the_admin_reads_it_in_the_outbox_view() {
        String address = "zhang-" + System.nanoTime() + "@qingdao-beer.example";
        long applicationId = draftOf(applicant("青岛啤酒股份有限公司", address, "zh-CN"), "青岛啤酒");

        inTransaction(() -> certificateMails.on(new CertificateIssued(1, applicationId, "SDMP-" + YEAR + "-00007")));

        OutboxMail mail = single(address);
        assertThat(mail.getState()).isEqualTo(MailState.KEPT);
        assertThat(mail.getKind()).isEqualTo(MailKind.CERTIFICATE_READY);
        assertThat(mail.getSubject()).isEqualTo("【山东名牌产品】证书 SDMP-2080-00007 已颁发");
        assertThat(mail.getBody()).contains("山东名牌产品（2080年度）“青岛啤酒”证书已颁发，证书编号 SDMP-2080-00007", "请勿直接回复");

        login("admin", Roles.ADMIN);
        UI.getCurrent().navigate(MailOutboxView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-mode")).getText()).startsWith("未配置 SMTP 服务器");
        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = _get(Grid.class, spec -> spec.withId("mail-outbox"));
        assertThat(_size(grid)).isPositive();
        OutboxMail newest = _get(grid, 0);
        assertThat(newest.getRecipient()).isEqualTo(address);
        grid.select(newest);
        assertThat(_get(Pre.class, spec -> spec.withId("mail-body")).getText()).contains("证书编号 SDMP-2080-00007");
    }

    @Test
    void a_supplement_request_writes_to_the_applicant_in_its_language_and_the_reminder_comes_once_before_the_deadline() {
        String address = "li-" + System.nanoTime() + "@weifang-kites.example";
        String applicant = applicant("潍坊风筝有限公司", address, "en");
        long applicationId = draftOf(applicant, "潍坊风筝");
        applications.submit(applicationId, ApplicationFixtures.completeForm("潍坊风筝"));
        recommendationFixtures.toProvince(applicationId);
        SignIn.as("office", Roles.OFFICE);
        eligibility.requestSupplement(workflowFixtures.task(applicationId, "CheckEligibility"), applicationId,
                EnumSet.of(FormSection.FIGURES), "请更正2079年销售额");
        LocalDate deadline = SignIn.asEngine(() -> supplements.openSupplement(applicationId)).orElseThrow().getDeadline();

        OutboxMail requested = single(address);
        assertThat(requested.getKind()).isEqualTo(MailKind.SUPPLEMENT_REQUESTED);
        assertThat(requested.getLocale()).isEqualTo("en");
        assertThat(requested.getSubject()).isEqualTo("[Shandong Famous Brand Product] Please supplement your application by " + deadline);
        assertThat(requested.getBody()).contains("What to fix:\n请更正2079年销售额", "by " + deadline + " (inclusive)");

        clock.fixAt(deadline.minusDays(1).atTime(9, 0).atZone(ClockConfiguration.ZONE));
        reminders.remind();
        reminders.remind();

        assertThat(outbox.findByRecipientOrderById(address)).extracting(OutboxMail::getKind)
                .containsExactly(MailKind.SUPPLEMENT_REQUESTED, MailKind.SUPPLEMENT_DEADLINE_NEAR);
    }

    @Test
    void through_a_real_round_the_drawn_experts_the_objector_and_the_listed_applicant_hear_of_it() {
        Round round = roundFixtures.round(YEAR + 2);
        String address = "qian-" + System.nanoTime() + "@liaocheng-donkey.example";
        applicant("聊城阿胶有限公司", address, "zh-CN");
        long before = outbox.findAll().stream().mapToLong(OutboxMail::getId).max().orElse(0);

        long applicationId = publicationFixtures.reviewedApplication(round, "东阿阿胶");
        List<String> experts = SignIn.asEngine(() -> draws.reviewers(applicationId, ReviewStage.DOCUMENT));
        assertThat(outbox.findAll()).filteredOn(mail -> mail.getId() > before && mail.getKind() == MailKind.EXPERT_DRAWN)
                .extracting(OutboxMail::getRecipientAccount).containsAll(experts);

        SignIn.as("office", Roles.OFFICE);
        publications.startDecision(round.getId());
        publicationFixtures.holdCommittee(round, List.of(applicationId));
        String objector = "objector-" + System.nanoTime() + "@liaocheng.example";
        String reference = objectionBy(objector, round.getId(), applicationId);
        SignIn.as("office", Roles.OFFICE);
        objections.dismiss(jdbc.queryForObject("select id from objection where reference = ?", Long.class, reference),
                "经核查，该企业阿胶产品抽检合格，异议不成立。");
        publicationFixtures.endNotice(round.getId());
        SignIn.as("office", Roles.OFFICE);
        publications.approve(publicationFixtures.roundTask(round.getId(), PublicationService.APPROVE_TASK),
                new ListApproval("鲁政字〔2082〕1号", LocalDate.now(clock), Map.of()));

        assertThat(single(objector)).satisfies(mail -> {
            assertThat(mail.getKind()).isEqualTo(MailKind.OBJECTION_DISMISSED);
            assertThat(mail.getSubject()).isEqualTo("异议 " + reference + " 已处理：异议不成立");
            assertThat(mail.getBody()).contains("经核查，该企业阿胶产品抽检合格，异议不成立。");
        });
        assertThat(outbox.findByRecipientOrderById(address)).filteredOn(mail -> mail.getKind() == MailKind.OUTCOME_LISTED)
                .singleElement().satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("【山东名牌产品】2082年度评选结果：已列入名单");
                    assertThat(mail.getBody()).contains("“东阿阿胶”已列入公布名单（鲁政字〔2082〕1号）");
                });
    }

    @Test
    void two_nodes_scanning_at_once_write_the_reminder_once_and_neither_fails() throws Exception {
        String address = "sun-" + System.nanoTime() + "@zibo-glass.example";
        long applicationId = draftOf(applicant("淄博琉璃有限公司", address, "zh-CN"), "淄博琉璃");
        applications.submit(applicationId, ApplicationFixtures.completeForm("淄博琉璃"));
        recommendationFixtures.toProvince(applicationId);
        SignIn.as("office", Roles.OFFICE);
        eligibility.requestSupplement(workflowFixtures.task(applicationId, "CheckEligibility"), applicationId,
                EnumSet.of(FormSection.FIGURES), "请更正销售额");
        LocalDate deadline = SignIn.asEngine(() -> supplements.openSupplement(applicationId)).orElseThrow().getDeadline();
        clock.fixAt(deadline.minusDays(1).atTime(9, 0).atZone(ClockConfiguration.ZONE));

        // Two scans as two nodes run them: each its own thread and transaction, released together.
        var start = new java.util.concurrent.CountDownLatch(1);
        var scans = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = scans.submit(() -> { start.await(); reminders.remind(); return null; });
            var second = scans.submit(() -> { start.await(); reminders.remind(); return null; });
            start.countDown();
            first.get(60, java.util.concurrent.TimeUnit.SECONDS);
            second.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            scans.shutdownNow();
        }

        assertThat(outbox.findByRecipientOrderById(address)).extracting(OutboxMail::getKind)
                .containsExactly(MailKind.SUPPLEMENT_REQUESTED, MailKind.SUPPLEMENT_DEADLINE_NEAR);
    }

    @Test
    void a_drawn_expert_is_reminded_once_two_working_days_before_scoring_is_due() {
        String applicant = applicant("莱阳梨业有限公司", "gao-" + System.nanoTime() + "@laiyang-pear.example", "zh-CN");
        long applicationId = draftOf(applicant, "莱阳梨");
        applications.submit(applicationId, ApplicationFixtures.completeForm("莱阳梨"));
        recommendationFixtures.toProvince(applicationId);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(applicationId, "CheckEligibility"), applicationId, true, null);
        String expert = SignIn.asEngine(() -> draws.reviewers(applicationId, ReviewStage.DOCUMENT)).get(0);
        SignIn.as(expert, Roles.EXPERT);
        draws.declare(applicationId);
        LocalDate due = SignIn.asEngine(() -> workflow.openAssignedTasksDueBefore(ReviewService.SCORING_TASK, clock.instant().plus(Duration.ofDays(400))))
                .stream().filter(task -> task.applicationId() == applicationId).findFirst().orElseThrow()
                .due().atZone(ClockConfiguration.ZONE).toLocalDate();
        long before = outbox.findAll().stream().mapToLong(OutboxMail::getId).max().orElse(0);

        clock.fixAt(due.minusDays(1).atTime(9, 0).atZone(ClockConfiguration.ZONE));
        reminders.remind();
        List<OutboxMail> reminded = remindersOf(expert, before);
        reminders.remind();

        assertThat(reminded).anySatisfy(mail -> assertThat(mail.getBody()).contains("截止日期为 " + due));
        assertThat(remindersOf(expert, before)).as("once per task").hasSameSizeAs(reminded);
    }

    /** An objection against the application's candidate on its round's open notice, by a visitor giving an e-mail as contact. */
    private String objectionBy(String email, long roundId, long applicationId) {
        SignIn.out();
        var form = new ObjectionForm();
        form.setObjectorName("王小明");
        form.setIdType(Objection.IdType.RESIDENT_ID);
        form.setIdNumber("11010519491231002X");
        form.setContact(email);
        form.setGrounds("该企业阿胶产品2081年抽检不合格");
        form.setCandidateId(jdbc.queryForObject("select c.id from notice_candidate c join notice n on n.id = c.notice_id"
                + " where n.round_id = ? and c.application_id = ?", Long.class, roundId, applicationId));
        return objections.file(roundId, form, List.of()).reference();
    }

    private List<OutboxMail> remindersOf(String expert, long after) {
        return outbox.findByRecipientAccountOrderById(expert).stream()
                .filter(mail -> mail.getId() > after && mail.getKind() == MailKind.SCORING_DEADLINE_NEAR).toList();
    }

    @Test
    void the_holder_hears_of_expiry_and_revocation_with_the_ground_in_its_language() {
        String address = "wu-" + System.nanoTime() + "@dezhou-chicken.example";
        long applicationId = draftOf(applicant("德州扒鸡有限公司", address, "zh-CN"), "德州扒鸡");

        inTransaction(() -> {
            certificateMails.on(new TitleExpiryNear(2, applicationId, LocalDate.of(YEAR + 3, 6, 30), 90));
            certificateMails.on(new TitleRevoked(2, applicationId, "FAILED_SPOT_CHECK", "鲁质字〔2081〕5号", LocalDate.of(YEAR + 1, 3, 2)));
            certificateMails.on(new TitleExpired(2, applicationId));
            certificateMails.on(new TitleRemoved(2, applicationId, "传统技艺已失传"));
        });

        List<OutboxMail> mails = outbox.findByRecipientOrderById(address);
        assertThat(mails).extracting(OutboxMail::getKind).containsExactly(MailKind.EXPIRY_NEAR, MailKind.TITLE_REVOKED,
                MailKind.TITLE_EXPIRED, MailKind.TITLE_REMOVED);
        assertThat(mails.get(0).getBody()).contains("将于 2083-06-30 到期，还有 90 天");
        assertThat(mails.get(1).getBody()).contains("已于 2081-03-02 被撤销", "撤销依据：监督抽查不合格", "决定文号：鲁质字〔2081〕5号");
        assertThat(mails.get(2).getSubject()).contains("称号已到期");
        assertThat(mails.get(3).getBody()).contains("已被移出名录", "传统技艺已失传");
    }

    @Test
    void a_drawn_expert_hears_of_the_work_without_the_applicants_name() {
        long applicationId = draftOf(applicant("日照绿茶有限公司", "x-" + System.nanoTime() + "@rizhao-tea.example", "zh-CN"), "日照绿茶");
        String expert = organisationFixtures.account("mail-expert", "邮件专家", Roles.EXPERT);
        String address = expert + "@experts.example";
        long expertAccount = accountId(expert);
        SignIn.as("admin", Roles.ADMIN);
        accounts.changeEmail(expertAccount, address);

        inTransaction(() -> events.publishEvent(new ExpertDrawn(applicationId, 1, expert, ReviewStage.DOCUMENT)));

        OutboxMail mail = single(address);
        assertThat(mail.getRecipientAccount()).isEqualTo(expert);
        assertThat(mail.getBody()).contains("山东名牌产品（2080年度）的材料评审", "回避声明").doesNotContain("日照", "绿茶");
    }

    @Test
    void an_objector_who_left_an_e_mail_address_hears_the_answer_and_one_who_left_a_phone_number_does_not() {
        String address = "objector-" + System.nanoTime() + "@163.example";
        inTransaction(() -> {
            events.publishEvent(new ObjectionDecided(1, "YY-2080-00001", true, "经核查，该企业近三年存在质量问题", Optional.of(address)));
            events.publishEvent(new ObjectionDecided(2, "YY-2080-00002", false, "理由不成立", Optional.empty()));
        });

        OutboxMail mail = single(address);
        assertThat(mail.getRecipientAccount()).isNull();
        assertThat(mail.getSubject()).isEqualTo("异议 YY-2080-00001 已处理：异议成立");
        assertThat(mail.getBody()).contains("经核查，该企业近三年存在质量问题");
    }

    @Test
    void an_account_without_an_address_is_listed_as_not_reached() {
        long roundId = roundFixtures.round(YEAR).getId();
        String applicant = organisationFixtures.applicantWithOrganisation("泰安石材有限公司");
        long applicationId = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();

        inTransaction(() -> certificateMails.on(new CertificateIssued(3, applicationId, "SDMP-" + YEAR + "-00009")));

        assertThat(outbox.findByRecipientAccountOrderById(applicant)).singleElement().satisfies(mail -> {
            assertThat(mail.getState()).isEqualTo(MailState.NO_ADDRESS);
            assertThat(mail.getRecipient()).isNull();
        });
    }

    @Test
    void only_the_admin_reads_the_outbox() {
        login("office", Roles.OFFICE);
        assertThatThrownBy(() -> outboxService.newest(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outboxService.requeue(1)).isInstanceOf(AccessDeniedException.class);
    }

    /** An applicant signed up with {@code address} and {@code locale} and its registered organisation; left signed in as it. */
    private String applicant(String organisation, String address, String locale) {
        SignIn.out();
        var form = new SignUpForm();
        String username = "mail-" + System.nanoTime();
        form.setUsername(username);
        form.setDisplayName(organisation + " 联系人");
        form.setPassword("mailbox-2110");
        form.setPasswordConfirmation("mailbox-2110");
        form.setEmail(address);
        form.setLocale(locale);
        accounts.signUpApplicant(form);
        SignIn.as(username, Roles.APPLICANT);
        var registration = new OrganisationForm();
        registration.setCreditCode(OrganisationFixtures.newCreditCode());
        registration.setName(organisation);
        registration.setLegalRepresentative(OrganisationFixtures.LEGAL_REPRESENTATIVE);
        registration.setCountyCode(OrganisationFixtures.COUNTY);
        organisations.register(registration);
        return username;
    }

    private long draftOf(String applicant, String product) {
        Round round = roundFixtures.round(YEAR);
        SignIn.as(applicant, Roles.APPLICANT);
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.saveDraft(id, ApplicationFixtures.completeForm(product));
        return id;
    }

    private long accountId(String username) {
        SignIn.as("admin", Roles.ADMIN);
        return accounts.all().stream().filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow().getId();
    }

    private OutboxMail single(String address) {
        List<OutboxMail> mails = outbox.findByRecipientOrderById(address);
        assertThat(mails).as("mail to " + address).hasSize(1);
        return mails.get(0);
    }

    /** The business transaction the events are published in, as the engine publishes them. */
    private void inTransaction(Runnable work) {
        SignIn.asEngine(() -> {
            new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
            return null;
        });
    }
}
