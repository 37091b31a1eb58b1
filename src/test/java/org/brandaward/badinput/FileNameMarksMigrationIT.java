package org.brandaward.badinput;

import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V37 on names stored before direction marks were dropped: the marks go, a name of nothing else becomes "file", other
 * names stay. Run in a transaction that is rolled back, so the shared test database is untouched. Round of 2167.
 */
@IntegrationTest
class FileNameMarksMigrationIT {

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void direction_marks_leave_stored_names_and_other_names_stay() throws IOException {
        String migration = new ClassPathResource("db/migration/V37__file_names_without_direction_marks.sql").getContentAsString(StandardCharsets.UTF_8);
        long roundId = roundFixtures.round(2167).getId();
        organisationFixtures.applicantWithOrganisation("迁移测试有限公司");
        long applicationId = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        SignIn.out();

        transactions.executeWithoutResult(status -> {
            long spoofed = attachment(applicationId, "报告\u202Egpj.exe");
            long isolated = attachment(applicationId, "a\u2066b\u2069\u200E.pdf");
            long marksOnly = attachment(applicationId, "\u202E\u200F");
            long plain = attachment(applicationId, "营业执照 (副本).pdf");

            jdbc.execute(migration);

            assertThat(name(spoofed)).isEqualTo("报告gpj.exe");
            assertThat(name(isolated)).isEqualTo("ab.pdf");
            assertThat(name(marksOnly)).isEqualTo("file");
            assertThat(name(plain)).isEqualTo("营业执照 (副本).pdf");
            status.setRollbackOnly();
        });
    }

    private long attachment(long applicationId, String name) {
        return jdbc.queryForObject("""
                insert into attachment (application_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by,
                    uploaded_at, public_key) values (?, ?, 'application/pdf', 1, 'x', ?, 'test', now(), ?) returning id""",
                Long.class, applicationId, name, UUID.randomUUID().toString(), UUID.randomUUID());
    }

    private String name(long attachmentId) {
        return jdbc.queryForObject("select file_name from attachment where id = ?", String.class, attachmentId);
    }
}
