package org.brandaward.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.certificate.CertificateIssued;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.organisation.OrganisationForm;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.organisation.SignUpForm;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.workflow.WorkflowFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail sent through a real SMTP server inside the test JVM (GreenMail): it arrives once, a rolled-back business
 * change sends nothing, and a failing server delays the mail without losing it or touching the business change. The
 * scheduled runs are pushed out of the way (an hour); the tests drain the outbox themselves.
 */
@IntegrationTest
@TestPropertySource(properties = {"brand-award.mail.send=true", "brand-award.mail.from=office@brand-award.example",
        "brand-award.mail.first-drain-after=PT1H", "brand-award.mail.drain-every=PT1H", "brand-award.mail.first-reminders-after=PT1H"})
class MailDeliveryIT {

    static final int YEAR = 2081;
    static final int PORT = freePort();
    static GreenMail smtp;

    @Autowired RoundFixtures roundFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired OrganisationService organisations;
    @Autowired UserAccountService accounts;
    @Autowired OutboxMailRepository outbox;
    @Autowired OutboxDrainer drainer;
    @Autowired AuditLog audit;
    // The certificate events reach the mail listener alone: published to the context, they would also reach the
    // title-validity process and the revocation review with certificate ids of other tests.
    @Autowired CertificateMails certificateMails;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = startedSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void a_mail_arrives_once_in_the_recipients_language_however_often_the_outbox_is_drained() throws Exception {
        String address = "chen-" + System.nanoTime() + "@jinan-steel.example";
        long applicationId = draftOf(applicant("济南钢铁有限公司", address, "en"), "济南钢材");

        inTransaction(() -> certificateMails.on(new CertificateIssued(1, applicationId, "SDMP-" + YEAR + "-00001")));
        drainer.drain();
        drainer.drain();

        List<MimeMessage> received = receivedBy(address);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("[Shandong Famous Brand Product] Certificate SDMP-2081-00001 issued");
        assertThat(message.getFrom()[0].toString()).isEqualTo("office@brand-award.example");
        assertThat((String) message.getContent()).contains("for \"济南钢材\" has been issued with the number SDMP-2081-00001");
        OutboxMail mail = outbox.findByRecipientOrderById(address).get(0);
        assertThat(message.getHeader(OutboxDrainer.OUTBOX_HEADER)).containsExactly(String.valueOf(mail.getId()));
        assertThat(mail.getState()).isEqualTo(MailState.SENT);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getSentAt()).isNotNull();
        assertThat(SignIn.asEngine(() -> audit.history(OutboxDrainer.AUDIT_TYPE, mail.getId()))).extracting(AuditEvent::getAction)
                .containsExactly("SENT");
    }

    @Test
    void a_business_change_that_rolls_back_takes_its_mail_with_it() throws Exception {
        String address = "liu-" + System.nanoTime() + "@yantai-apple.example";
        long applicationId = draftOf(applicant("烟台苹果有限公司", address, "zh-CN"), "烟台苹果");

        SignIn.asEngine(() -> {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                certificateMails.on(new CertificateIssued(2, applicationId, "SDMP-" + YEAR + "-00002"));
                status.setRollbackOnly();
            });
            return null;
        });
        drainer.drain();

        assertThat(outbox.findByRecipientOrderById(address)).isEmpty();
        assertThat(receivedBy(address)).isEmpty();
    }

    @Test
    void a_failing_smtp_server_delays_the_mail_without_losing_it_or_touching_the_business_change() throws Exception {
        String address = "zhao-" + System.nanoTime() + "@zibo-ceramics.example";
        long applicationId = draftOf(applicant("淄博陶瓷有限公司", address, "zh-CN"), "淄博陶瓷");
        applications.submit(applicationId, ApplicationFixtures.completeForm("淄博陶瓷"));
        recommendationFixtures.toProvince(applicationId);
        smtp.stop();
        try {
            SignIn.as("office", Roles.OFFICE);
            eligibility.requestSupplement(workflowFixtures.task(applicationId, "CheckEligibility"), applicationId,
                    EnumSet.of(FormSection.FIGURES), "请补充2080年纳税证明");
            Instant failedAt = clock.instant();
            drainer.drain();
            drainer.drain();

            OutboxMail waiting = outbox.findByRecipientOrderById(address).get(0);
            assertThat(waiting.getState()).isEqualTo(MailState.PENDING);
            assertThat(waiting.getAttempts()).as("tried once, then waiting for its next attempt").isEqualTo(1);
            assertThat(waiting.getLastError()).isNotBlank();
            assertThat(waiting.getNextAttemptAt()).isBetween(failedAt.plus(Duration.ofMinutes(1)), clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(SignIn.asEngine(() -> applications.get(applicationId).getStatus())).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        } finally {
            smtp = startedSmtp();
        }

        clock.fixAt(clock.instant().plus(Duration.ofMinutes(2)).atZone(ClockConfiguration.ZONE));
        drainer.drain();

        assertThat(receivedBy(address)).singleElement()
                .satisfies(message -> assertThat(message.getSubject()).startsWith("【山东名牌产品】请于").endsWith("前补正申报材料"));
        OutboxMail sent = outbox.findByRecipientOrderById(address).get(0);
        assertThat(sent.getState()).isEqualTo(MailState.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    void two_senders_at_once_send_each_mail_once() throws Exception {
        String address = "sun-" + System.nanoTime() + "@weihai-seafood.example";
        long applicationId = draftOf(applicant("威海海产有限公司", address, "zh-CN"), "威海海参");
        inTransaction(() -> IntStream.rangeClosed(1, 20).forEach(n ->
                certificateMails.on(new CertificateIssued(100 + n, applicationId, "SDMP-" + YEAR + "-1%04d".formatted(n)))));

        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = IntStream.range(0, 2).mapToObj(i -> senders.submit(() -> {
                start.await();
                return drainer.drain();
            })).toList();
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            senders.shutdown();
        }

        List<MimeMessage> received = receivedBy(address);
        assertThat(received).hasSize(20);
        assertThat(received.stream().map(MailDeliveryIT::outboxId).distinct()).hasSize(20);
        assertThat(outbox.findByRecipientOrderById(address)).extracting(OutboxMail::getState).containsOnly(MailState.SENT);
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String outboxId(MimeMessage message) {
        try {
            return message.getHeader(OutboxDrainer.OUTBOX_HEADER)[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An applicant signed up with {@code address} and {@code locale} and its registered organisation; left signed in as it. */
    private String applicant(String organisation, String address, String locale) {
        var form = new SignUpForm();
        String username = "mailed-" + System.nanoTime();
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
        long roundId = roundFixtures.round(YEAR).getId();
        SignIn.as(applicant, Roles.APPLICANT);
        long id = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        applications.saveDraft(id, ApplicationFixtures.completeForm(product));
        return id;
    }

    private void inTransaction(Runnable work) {
        SignIn.asEngine(() -> {
            new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
            return null;
        });
    }

    private static GreenMail startedSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
