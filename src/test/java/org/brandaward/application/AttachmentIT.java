package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads are checked by content, size and name before anything is stored; the bytes go back only to readers. */
@IntegrationTest
@AutoConfigureMockMvc
class AttachmentIT {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired AttachmentService attachments;
    @Autowired AuditLog audit;
    @Autowired MockMvc mvc;
    @Value("${brand-award.attachments.directory}") Path directory;

    String applicant;
    long applicationId;

    @BeforeEach
    void draft() {
        long roundId = roundFixtures.round(2026).getId();
        applicant = organisationFixtures.applicantWithOrganisation("德州扒鸡有限公司");
        applicationId = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_pdf_is_stored_under_a_random_key_with_its_hash_and_streams_back_to_its_owner() throws Exception {
        Attachment attachment = attachments.attach(applicationId, "商标注册证.pdf", PDF);

        assertThat(attachment.getContentType()).isEqualTo("application/pdf");
        assertThat(attachment.getSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(attachment.getStorageKey()).doesNotContain("商标");
        try (InputStream in = attachments.open(attachment.getPublicKey()).bytes()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(attachments.of(applicationId)).extracting(Attachment::getFileName).containsExactly("商标注册证.pdf");
        assertThat(SignIn.asEngine(() -> audit.history(ApplicationService.AUDIT_TYPE, applicationId))).extracting(AuditEvent::getAction).contains("ATTACHMENT_ADDED");

        mvc.perform(get("/attachments/{key}", attachment.getPublicKey()).with(user(applicant).roles(Roles.APPLICANT)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void another_organisation_can_neither_read_nor_download_the_attachment() throws Exception {
        Attachment attachment = attachments.attach(applicationId, "质检报告.pdf", PDF);
        String intruder = organisationFixtures.applicantWithOrganisation("禹城某公司");
        // signed in as the intruder from here on

        assertThatThrownBy(() -> attachments.open(attachment.getPublicKey())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.of(applicationId)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/attachments/{key}", attachment.getPublicKey()).with(user(intruder).roles(Roles.APPLICANT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_attachment_is_reached_by_its_random_key_and_the_sequential_id_url_serves_nothing() throws Exception {
        List<Attachment> files = IntStream.range(0, 12).mapToObj(i -> attachments.attach(applicationId, "附件" + i + ".pdf", PDF)).toList();

        List<UUID> keys = files.stream().map(Attachment::getPublicKey).toList();
        assertThat(keys).doesNotHaveDuplicates().allSatisfy(key -> assertThat(key.version()).as("random").isEqualTo(4));
        assertThat(keys).as("not in the order of upload").isNotEqualTo(keys.stream().sorted().toList());
        for (int i = 1; i < keys.size(); i++) {
            assertThat(keys.get(i).getLeastSignificantBits() - keys.get(i - 1).getLeastSignificantBits()).isNotEqualTo(1L);
        }
        assertThat(attachments.of(applicationId)).extracting(Attachment::getPublicKey).containsExactlyElementsOf(keys);

        Attachment first = files.get(0);
        mvc.perform(get("/attachments/{id}", first.getId()).with(user(applicant).roles(Roles.APPLICANT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attachments/{key}", UUID.randomUUID()).with(user(applicant).roles(Roles.APPLICANT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attachments/{key}", first.getPublicKey()).with(user(applicant).roles(Roles.APPLICANT)))
                .andExpect(status().isOk());
    }

    @Test
    void a_zip_named_pdf_is_refused_by_its_content_and_nothing_is_stored() throws IOException {
        assertRefusedAndNothingStored("report.pdf", ZIP, "attachment.wrongType");
    }

    @Test
    void png_content_under_a_pdf_name_is_refused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertRefusedAndNothingStored("report.pdf", png, "attachment.nameMismatch");
    }

    @Test
    void a_file_over_the_size_limit_is_refused() throws IOException {
        byte[] big = new byte[(int) attachments.maxSizeBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefusedAndNothingStored("big.pdf", big, "attachment.tooLarge");
    }

    @Test
    void a_path_traversal_file_name_is_refused() throws IOException {
        assertRefusedAndNothingStored("../../etc/passwd.pdf", PDF, "attachment.badName");
        assertRefusedAndNothingStored("..\\..\\boot.pdf", PDF, "attachment.badName");
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        assertRefusedAndNothingStored("empty.pdf", new byte[0], "attachment.empty");
    }

    @Test
    void control_and_reserved_characters_are_replaced_and_long_names_shortened_keeping_the_extension() {
        assertThat(AttachmentService.sanitisedName(" a<b>|c?\u0007.pdf ")).isEqualTo("a_b__c__.pdf");
        String longName = "很".repeat(200) + ".pdf";
        assertThat(AttachmentService.sanitisedName(longName)).hasSize(AttachmentService.NAME_MAX).endsWith(".pdf");
    }

    @Test
    void a_removed_attachment_is_gone_from_disk_after_commit_and_a_submitted_application_takes_no_more() throws IOException {
        Attachment attachment = attachments.attach(applicationId, "a.pdf", PDF);
        long filesBefore = storedFiles();
        attachments.remove(attachment.getId());
        assertThat(storedFiles()).isEqualTo(filesBefore - 1);

        applications.submit(applicationId, ApplicationFixtures.completeForm("德州扒鸡"));
        assertThatThrownBy(() -> attachments.attach(applicationId, "late.pdf", PDF))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("application.notDraft"));
    }

    private void assertRefusedAndNothingStored(String name, byte[] content, String messageKey) throws IOException {
        long filesBefore = storedFiles();
        assertThatThrownBy(() -> attachments.attach(applicationId, name, content))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
        assertThat(attachments.of(applicationId)).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    private long storedFiles() throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
