package org.brandaward.organisation;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.certificate.RevocationReviewService;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 一处失信、处处受限: an active credit entry vetoes applications and puts titles already held under review. */
@IntegrationTest
class CreditRecordIT {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CreditRecordService credit;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired WorkflowService workflow;
    @Autowired RevocationReviewService titleReviews;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_active_blacklist_entry_refuses_the_submission_with_its_reason_and_starts_nothing() {
        Round round = roundFixtures.round(2026);
        String applicant = organisationFixtures.applicantWithOrganisation("菏泽牡丹食品有限公司");
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();

        SignIn.as("office", Roles.OFFICE);
        credit.record(entry(code, today().minusDays(10), null, "拒不履行法院判决"));

        SignIn.as(applicant, Roles.APPLICANT);
        assertThatThrownBy(() -> applications.submit(id, ApplicationFixtures.completeForm("牡丹籽油")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("application.creditVeto");
                    assertThat(e.getArguments()).contains("省信用平台", "拒不履行法院判决");
                });
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();
    }

    @Test
    void an_entry_that_has_ended_no_longer_vetoes() {
        Round round = roundFixtures.round(2026);
        String applicant = organisationFixtures.applicantWithOrganisation("聊城阿胶有限公司");
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        SignIn.as("office", Roles.OFFICE);
        credit.record(entry(code, today().minusYears(3), today().minusDays(1), "已整改"));

        SignIn.as(applicant, Roles.APPLICANT);
        assertThat(applications.submit(id, ApplicationFixtures.completeForm("东阿阿胶")).getStatus()).isEqualTo(ApplicationStatus.COUNTY_REVIEW);
    }

    @Test
    void a_new_entry_against_a_title_holder_opens_a_review_task_for_the_office_with_the_reason() {
        Round round = roundFixtures.round(2093);
        String applicant = organisationFixtures.applicantWithOrganisation("临沂商城物流有限公司");
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        long id = publicationFixtures.recognisedApplication(applicant, round, "临沂物流服务");

        SignIn.as("office", Roles.OFFICE);
        CreditRecord record = credit.record(entry(code, today(), null, "虚假宣传被行政处罚"));

        InboxTask review = workflow.inbox().stream().filter(t -> t.applicationId() == id && t.key().equals("ReviewHeldTitle"))
                .findFirst().orElseThrow();
        assertThat(workflow.longVariable(review.id(), ProcessVariables.CREDIT_RECORD_ID)).isEqualTo(record.getId());
        assertThat(credit.get(record.getId()).orElseThrow().getReason()).isEqualTo("虚假宣传被行政处罚");

        assertThatThrownBy(() -> titleReviews.keep(review.id(), id, " ")).isInstanceOf(RuleViolationException.class);
        titleReviews.keep(review.id(), id, "失信情节已整改，维持称号");
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();
    }

    @Test
    void a_csv_with_one_bad_line_imports_nothing_and_names_the_line() {
        SignIn.as("office", Roles.OFFICE);
        String good = OrganisationFixtures.newCreditCode();
        String csv = CreditRecordService.IMPORT_HEADER + "\n"
                + good + ",济宁某公司,BLACKLIST,信用中国,2026-01-05,,偷税\n"
                + "91350100M000100Y44,某公司,BLACKLIST,信用中国,2026-01-05,,偷税\n";
        int before = credit.all().size();

        assertThatThrownBy(() -> credit.importFile("credit.csv", bytes(csv)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("credit.import.line");
                    assertThat(e.getArguments()[0]).isEqualTo(3);
                });
        assertThat(credit.all()).hasSize(before);
        assertThat(credit.activeVeto(good)).isEmpty();
    }

    @Test
    void a_valid_csv_imports_every_line_with_an_audit_row_each() {
        SignIn.as("office", Roles.OFFICE);
        String first = OrganisationFixtures.newCreditCode();
        String second = OrganisationFixtures.newCreditCode();
        String csv = "\uFEFF" + CreditRecordService.IMPORT_HEADER + "\n"
                + first + ",枣庄某公司,SERIOUS_DISHONESTY,信用中国,2026-03-01,2029-02-28,欠薪\n"
                + "\n"
                + second + ",滨州某公司,BLACKLIST,市场监管局,2026-04-01,,假冒伪劣\n";

        assertThat(credit.importFile("credit.csv", bytes(csv)).imported()).isEqualTo(2);
        CreditRecord imported = credit.activeVeto(first).orElseThrow();
        assertThat(imported.getKind()).isEqualTo(CreditRecord.Kind.SERIOUS_DISHONESTY);
        assertThat(imported.getEndsOn()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(credit.activeVeto(second)).isPresent();
        assertThat(audit.history(CreditRecordService.AUDIT_TYPE, imported.getId())).extracting(AuditEvent::getAction).containsExactly("LISTED");
    }

    @Test
    void a_value_with_a_comma_in_quotes_imports_whole() {
        SignIn.as("office", Roles.OFFICE);
        String code = OrganisationFixtures.newCreditCode();
        String csv = CreditRecordService.IMPORT_HEADER + "\r\n"
                + code + ",\"德州某食品有限公司\",BLACKLIST,信用中国," + today() + ",,\"偷税, 漏税\"\r\n";

        assertThat(credit.importFile("credit.csv", bytes(csv)).imported()).isEqualTo(1);
        assertThat(credit.activeVeto(code).orElseThrow().getReason()).isEqualTo("偷税, 漏税");
    }

    @Test
    void an_xlsx_export_imports_like_the_csv_with_a_blank_last_column_and_excel_dates() throws IOException {
        SignIn.as("office", Roles.OFFICE);
        String code = OrganisationFixtures.newCreditCode();
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("失信名单");
            String[] header = CreditRecordService.IMPORT_HEADER.split(",");
            var first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(code);
            row.createCell(1).setCellValue("日照某公司");
            row.createCell(2).setCellValue("SERIOUS_DISHONESTY");
            row.createCell(3).setCellValue("信用中国");
            CellStyle date = book.createCellStyle();
            date.setDataFormat((short) 14);
            row.createCell(4).setCellValue(today());
            row.getCell(4).setCellStyle(date);
            // ends_on blank: Excel stores no cell; reason in the last column
            row.createCell(6).setCellValue("拖欠工资");
            book.write(out);
            workbook = out.toByteArray();
        }

        assertThat(credit.importFile("失信名单.xlsx", workbook).imported()).isEqualTo(1);
        CreditRecord imported = credit.activeVeto(code).orElseThrow();
        assertThat(imported.getListedOn()).isEqualTo(today());
        assertThat(imported.getEndsOn()).isNull();
        assertThat(imported.getReason()).isEqualTo("拖欠工资");
    }

    @Test
    void importing_the_same_file_again_stores_nothing_and_opens_no_second_title_review() {
        Round round = roundFixtures.round(2056);
        String applicant = organisationFixtures.applicantWithOrganisation("威海海洋食品有限公司");
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        long id = publicationFixtures.recognisedApplication(applicant, round, "威海海参");
        String other = OrganisationFixtures.newCreditCode();
        String csv = CreditRecordService.IMPORT_HEADER + "\n"
                + code + ",威海海洋食品有限公司,BLACKLIST,信用中国," + today() + ",,虚假宣传\n"
                + other + ",某公司,BLACKLIST,信用中国," + today() + ",,偷税\n";
        SignIn.as("office", Roles.OFFICE);
        assertThat(credit.importFile("credit.csv", bytes(csv))).isEqualTo(new CreditRecordService.ImportResult(2, List.of()));
        assertThat(titleReviews(id)).isEqualTo(1);
        int records = credit.all().size();
        int auditRows = audit.recordsOf(CreditRecordService.AUDIT_TYPE, "LISTED").size();

        assertThat(credit.importFile("credit-again.csv", bytes(csv))).isEqualTo(new CreditRecordService.ImportResult(0, List.of(2, 3)));

        assertThat(credit.all()).hasSize(records);
        assertThat(titleReviews(id)).isEqualTo(1);
        assertThat(audit.recordsOf(CreditRecordService.AUDIT_TYPE, "LISTED")).hasSize(auditRows);
    }

    @Test
    void a_file_adding_one_entry_to_those_already_recorded_stores_that_one_and_a_line_repeated_in_it_once() {
        SignIn.as("office", Roles.OFFICE);
        String known = OrganisationFixtures.newCreditCode();
        String fresh = OrganisationFixtures.newCreditCode();
        credit.record(entry(known, today(), null, "偷税"));
        String line = fresh + ",某公司,BLACKLIST,省信用平台," + today() + ",,欠薪\n";
        String csv = CreditRecordService.IMPORT_HEADER + "\n"
                + known + ",某公司,BLACKLIST, 省信用平台 ," + today() + ",,偷税\n"
                + line + line;

        assertThat(credit.importFile("credit.csv", bytes(csv))).isEqualTo(new CreditRecordService.ImportResult(1, List.of(2, 4)));
        assertThat(credit.all()).filteredOn(r -> r.getCreditCode().equals(fresh)).hasSize(1);
        assertThat(credit.all()).filteredOn(r -> r.getCreditCode().equals(known)).hasSize(1);
    }

    @Test
    void an_entry_recorded_by_hand_twice_is_refused_and_the_database_keeps_it_once_in_any_case() {
        SignIn.as("office", Roles.OFFICE);
        String code = OrganisationFixtures.newCreditCode();
        CreditRecord first = credit.record(entry(code, today(), null, "偷税"));

        assertThatThrownBy(() -> credit.record(entry(code.toLowerCase(), today(), today().plusYears(1), "另一事由")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("credit.alreadyRecorded");
                    assertThat(e.getArguments()).containsExactly(code, "省信用平台", today().toString());
                });
        assertThatThrownBy(() -> jdbc.update("insert into credit_record (credit_code, organisation_name, kind, source, listed_on, reason,"
                        + " recorded_by, recorded_at) select credit_code, organisation_name, kind, source, listed_on, reason, recorded_by,"
                        + " recorded_at from credit_record where id = ?", first.getId()))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(credit.all()).filteredOn(r -> r.getCreditCode().equals(code)).hasSize(1);
    }

    @Test
    void only_the_office_records_credit_entries() {
        SignIn.as("expert", Roles.EXPERT);
        assertThatThrownBy(() -> credit.record(entry(OrganisationFixtures.newCreditCode(), today(), null, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long titleReviews(long applicationId) {
        return SignIn.asEngine(() -> workflow.openTaskKeys(applicationId)).stream().filter("ReviewHeldTitle"::equals).count();
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

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
