package org.brandaward.organisation;

import java.time.Clock;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.RuleViolationException;
import org.brandaward.TestData;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.certificate.TitleReviewService;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 一处失信、处处受限: an active credit entry vetoes applications and puts titles already held under review. */
@IntegrationTest
class CreditRecordIT {

    @Autowired Clock clock;

    @Autowired TestData data;
    @Autowired CreditRecordService credit;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired WorkflowService workflow;
    @Autowired TitleReviewService titleReviews;
    @Autowired AuditLog audit;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_active_blacklist_entry_refuses_the_submission_with_its_reason_and_starts_nothing() {
        Round round = data.round(2026);
        String applicant = data.applicantWithOrganisation("菏泽牡丹食品有限公司");
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();

        TestData.signIn("office", Roles.OFFICE);
        credit.record(entry(code, LocalDate.now(clock).minusDays(10), null, "拒不履行法院判决"));

        TestData.signIn(applicant, Roles.APPLICANT);
        assertThatThrownBy(() -> applications.submit(id, TestData.completeForm("牡丹籽油")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("application.creditVeto");
                    assertThat(e.getArguments()).contains("省信用平台", "拒不履行法院判决");
                });
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(TestData.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();
    }

    @Test
    void an_entry_that_has_ended_no_longer_vetoes() {
        Round round = data.round(2026);
        String applicant = data.applicantWithOrganisation("聊城阿胶有限公司");
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        TestData.signIn("office", Roles.OFFICE);
        credit.record(entry(code, LocalDate.now(clock).minusYears(3), LocalDate.now(clock).minusDays(1), "已整改"));

        TestData.signIn(applicant, Roles.APPLICANT);
        assertThat(applications.submit(id, TestData.completeForm("东阿阿胶")).getStatus()).isEqualTo(ApplicationStatus.COUNTY_REVIEW);
    }

    @Test
    void a_new_entry_against_a_title_holder_opens_a_review_task_for_the_office_with_the_reason() {
        Round round = data.round(2026);
        String applicant = data.applicantWithOrganisation("临沂商城物流有限公司");
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        long id = data.recognisedApplication(applicant, round, "临沂物流服务");

        TestData.signIn("office", Roles.OFFICE);
        CreditRecord record = credit.record(entry(code, LocalDate.now(clock), null, "虚假宣传被行政处罚"));

        InboxTask review = workflow.inbox().stream().filter(t -> t.applicationId() == id && t.key().equals("ReviewHeldTitle"))
                .findFirst().orElseThrow();
        assertThat(workflow.longVariable(review.id(), ProcessVariables.CREDIT_RECORD_ID)).isEqualTo(record.getId());
        assertThat(credit.get(record.getId()).orElseThrow().getReason()).isEqualTo("虚假宣传被行政处罚");

        assertThatThrownBy(() -> titleReviews.decide(review.id(), id, false, " ")).isInstanceOf(RuleViolationException.class);
        titleReviews.decide(review.id(), id, false, "情节严重，提请撤销");
        assertThat(TestData.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();
    }

    @Test
    void a_csv_with_one_bad_line_imports_nothing_and_names_the_line() {
        TestData.signIn("office", Roles.OFFICE);
        String good = TestData.newCreditCode();
        String csv = CreditRecordService.CSV_HEADER + "\n"
                + good + ",济宁某公司,BLACKLIST,信用中国,2026-01-05,,偷税\n"
                + "91350100M000100Y44,某公司,BLACKLIST,信用中国,2026-01-05,,偷税\n";
        int before = credit.all().size();

        assertThatThrownBy(() -> credit.importCsv(stream(csv)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("credit.import.line");
                    assertThat(e.getArguments()[0]).isEqualTo(3);
                });
        assertThat(credit.all()).hasSize(before);
        assertThat(credit.activeVeto(good)).isEmpty();
    }

    @Test
    void a_valid_csv_imports_every_line_with_an_audit_row_each() {
        TestData.signIn("office", Roles.OFFICE);
        String first = TestData.newCreditCode();
        String second = TestData.newCreditCode();
        String csv = "\uFEFF" + CreditRecordService.CSV_HEADER + "\n"
                + first + ",枣庄某公司,SERIOUS_DISHONESTY,信用中国,2026-03-01,2029-02-28,欠薪\n"
                + "\n"
                + second + ",滨州某公司,BLACKLIST,市场监管局,2026-04-01,,假冒伪劣\n";

        assertThat(credit.importCsv(stream(csv))).isEqualTo(2);
        CreditRecord imported = credit.activeVeto(first).orElseThrow();
        assertThat(imported.getKind()).isEqualTo(CreditRecord.Kind.SERIOUS_DISHONESTY);
        assertThat(imported.getEndsOn()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(credit.activeVeto(second)).isPresent();
        assertThat(audit.history(CreditRecordService.AUDIT_TYPE, imported.getId())).extracting(AuditEvent::getAction).containsExactly("LISTED");
    }

    @Test
    void only_the_office_records_credit_entries() {
        TestData.signIn("expert", Roles.EXPERT);
        assertThatThrownBy(() -> credit.record(entry(TestData.newCreditCode(), LocalDate.now(clock), null, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static CreditRecordForm entry(String code, LocalDate listedOn, LocalDate endsOn, String reason) {
        var form = new CreditRecordForm();
        form.setCreditCode(code);
        form.setOrganisationName("某公司");
        form.setKind(CreditRecord.Kind.BLACKLIST);
        form.setSource("省信用平台");
        form.setListedOn(listedOn);
        form.setEndsOn(endsOn);
        form.setReason(reason);
        return form;
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
