package org.brandaward.badinput;

import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.Attachment;
import org.brandaward.application.AttachmentService;
import org.brandaward.notice.NoticeFixtures;
import org.brandaward.notice.Objection;
import org.brandaward.notice.ObjectionForm;
import org.brandaward.notice.ObjectionService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.sitevisit.SiteVisitService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The upload catalogue: every bad file tried on each of the three uploads (an application's attachment, an objector's
 * evidence, a site visit photo). Each row names the case, the file and the message key each upload refuses it with
 * ({@link #NOT_TRIED} where the upload takes no such file); after a refusal no row and no file is left anywhere. The
 * second table holds names that are accepted once cleaned. Rounds of 2160 and 2161.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadCatalogueIT {

    static final String NOT_TRIED = "-";
    static final String RESIDENT_ID = "11010519491231002X";
    static final AtomicInteger GROUNDS = new AtomicInteger();

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired AttachmentService attachments;
    @Autowired ObjectionService objections;
    @Autowired SiteVisitService visits;
    @Autowired NoticeFixtures notices;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired TestClock clock;
    @Value("${brand-award.attachments.directory}") Path directory;
    @Value("${brand-award.attachments.max-size}") org.springframework.util.unit.DataSize maxSize;

    String applicant;
    long draftId;
    long noticeRoundId;
    long candidateId;
    long visitedId;

    static Stream<Arguments> refused() {
        byte[] oversized = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(BadFiles.PDF, 0, oversized, 0, BadFiles.PDF.length);
        byte[] oversizedPng = oversized.clone();
        byte[] png = BadFiles.png(4, 4);
        System.arraycopy(png, 0, oversizedPng, 0, png.length);
        return Stream.of(
                // name, file name, content, refused as attachment or evidence with, refused as photo with
                arguments("a ZIP named .pdf", "report.pdf", BadFiles.ZIP, "attachment.wrongType", NOT_TRIED),
                arguments("a ZIP named .png", "photo.png", BadFiles.ZIP, "attachment.wrongType", "sitevisit.photo.type"),
                arguments("a Windows program named .pdf", "report.pdf", BadFiles.EXE, "attachment.wrongType", NOT_TRIED),
                arguments("an HTML page named .pdf", "report.pdf", BadFiles.HTML, "attachment.wrongType", NOT_TRIED),
                arguments("a PNG named .pdf", "report.pdf", png, "attachment.nameMismatch", "sitevisit.photo.type"),
                arguments("a PDF named .png", "photo.png", BadFiles.PDF, "attachment.nameMismatch", "sitevisit.photo.type"),
                arguments("a PDF named .exe behind a right-to-left override", "invoice\u202Efdp.exe", BadFiles.PDF,
                        "attachment.nameMismatch", NOT_TRIED),
                arguments("a PNG named .jpg.exe behind U+202E", "photo\u202Egpj.exe", png, "attachment.nameMismatch", "sitevisit.photo.type"),
                arguments("one byte over the limit", "big.pdf", oversized, "attachment.tooLarge", NOT_TRIED),
                arguments("a photo one byte over the limit", "big.png", oversizedPng, "attachment.tooLarge", "sitevisit.photo.size"),
                arguments("zero bytes", "empty.png", new byte[0], "attachment.empty", "sitevisit.photo.size"),
                arguments("path traversal with slashes", "../../etc/passwd.png", png, "attachment.badName", "attachment.badName"),
                arguments("path traversal with backslashes", "..\\..\\boot.png", png, "attachment.badName", "attachment.badName"),
                arguments("an absolute path", "/etc/cron.d/x.png", png, "attachment.badName", "attachment.badName"),
                arguments("a blank name", "   ", png, "attachment.badName", "attachment.badName"),
                arguments("a name of direction marks only", "\u202E\u200E\u2066", png, "attachment.badName", "attachment.badName"),
                arguments("a PNG bomb (100000×100000 declared)", "bomb.png", BadFiles.pngDeclaring(100_000, 100_000),
                        "attachment.imageTooLarge", "attachment.imageTooLarge"),
                arguments("a JPEG bomb (65535×65535 declared)", "bomb.jpg", BadFiles.jpegDeclaring(65535, 65535),
                        "attachment.imageTooLarge", "attachment.imageTooLarge"),
                arguments("a PDF opening JavaScript", "form.pdf", BadFiles.pdfOpening("/S /JavaScript /JS (app.alert(1))"),
                        "attachment.activeContent", NOT_TRIED),
                arguments("a PDF with hex-escaped /J#61vaScript", "form.pdf", BadFiles.pdfOpening("/S /J#61vaScript /J#53 (app.alert(1))"),
                        "attachment.activeContent", NOT_TRIED),
                arguments("a PDF launching a program", "form.pdf", BadFiles.pdfOpening("/S /Launch /F (cmd.exe)"),
                        "attachment.activeContent", NOT_TRIED),
                arguments("a PDF with its script in an object stream", "form.pdf", BadFiles.pdfWithScriptInObjectStream(),
                        "attachment.activeContent", NOT_TRIED));
    }

    static Stream<Arguments> cleaned() {
        byte[] png = BadFiles.png(4, 4);
        return Stream.of(
                // name, file name, content, name stored
                arguments("a right-to-left override inside the name", "报告\u202Egpj.png", png, "报告gpj.png"),
                arguments("left-to-right and right-to-left marks", "\u200E证书\u200F.png", png, "证书.png"),
                arguments("isolates U+2066 to U+2069", "a\u2066b\u2067c\u2068d\u2069.png", png, "abcd.png"),
                arguments("a zero-width space and a byte-order mark", "\uFEFF门\u200B店.png", png, "门店.png"),
                arguments("a line break, a tab and a NUL", "line\r\nbreak\t\u0000.png", png, "line__break__.png"),
                arguments("reserved characters", "a<b>:c|d?*\".png", png, "a_b__c_d___.png"),
                arguments("a 300-character name", "长".repeat(300) + ".png", png, "长".repeat(116) + ".png"),
                arguments("a long name of characters outside the basic plane", "a" + "\uD842\uDFB7".repeat(100) + ".png", png,
                        "a" + "\uD842\uDFB7".repeat(57) + ".png"));
    }

    @BeforeAll
    void candidates() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 11, 2).atTime(10, 0).atZone(ClockConfiguration.ZONE).toInstant()));
        clock.fixAt(LocalDate.of(2026, 11, 2).atTime(10, 0).atZone(ClockConfiguration.ZONE));
        Round round = roundFixtures.round("sd-famous-product", 2160, null);
        applicant = organisationFixtures.applicantWithOrganisation("上传测试食品有限公司");
        draftId = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        long candidate = submitted(round, "异议测试食品有限公司", "测试香肠");
        noticeRoundId = round.getId();
        candidateId = notices.provincialNoticeOf(round.getId(), candidate);

        Round timeHonoured = roundFixtures.round("qh-time-honored-brand", 2161, null);
        visitedId = submitted(timeHonoured, "现场测试老字号有限公司", "测试陈醋");
        SignIn.as("office", Roles.OFFICE);
        visits.markNeeded(visitedId);
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @AfterAll
    void resetClocks() {
        ClockUtil.reset();
        clock.reset();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void a_bad_file_is_refused_by_every_upload_with_a_translated_message_and_nothing_stored(
            String name, String fileName, byte[] content, String documentKey, String photoKey) {
        if (!documentKey.equals(NOT_TRIED)) {
            assertRefusedLeavingNothing("attachment", () -> {
                SignIn.as(applicant, Roles.APPLICANT);
                return attachments.attach(draftId, fileName, content);
            }, documentKey);
            assertRefusedLeavingNothing("evidence", () -> {
                asVisitor();
                return objections.file(noticeRoundId, objectionForm(), List.of(new ObjectionService.EvidenceFile(fileName, content)));
            }, documentKey);
        }
        if (!photoKey.equals(NOT_TRIED)) {
            assertRefusedLeavingNothing("photo", () -> {
                SignIn.as("office", Roles.OFFICE);
                return visits.addPhoto(visitedId, fileName, content);
            }, photoKey);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleaned")
    void a_name_with_invisible_or_reserved_characters_is_stored_cleaned_by_every_upload(
            String name, String fileName, byte[] content, String stored) {
        SignIn.as(applicant, Roles.APPLICANT);
        Attachment attachment = attachments.attach(draftId, fileName, content);
        assertThat(attachment.getFileName()).isEqualTo(stored);
        assertThat(jdbc.queryForObject("select file_name from attachment where id = ?", String.class, attachment.getId())).isEqualTo(stored);
        attachments.remove(attachment.getId());

        SignIn.as("office", Roles.OFFICE);
        SiteVisitService.Photo photo = visits.addPhoto(visitedId, fileName, content);
        assertThat(photo.fileName()).isEqualTo(stored);

        asVisitor();
        String reference = objections.file(noticeRoundId, objectionForm(), List.of(new ObjectionService.EvidenceFile(fileName, content))).reference();
        assertThat(jdbc.queryForObject("select e.file_name from objection_evidence e join objection o on o.id = e.objection_id where o.reference = ?",
                String.class, reference)).isEqualTo(stored);
    }

    private void assertRefusedLeavingNothing(String upload, Supplier<Object> action, String key) {
        Map<String, Long> before = stored();
        assertThatThrownBy(action::get).as(upload).isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
            assertThat(refusal.getMessageKey()).as(upload).isEqualTo(key);
            Translated.assertClear(messages, refusal);
        });
        assertThat(stored()).as("nothing of the refused %s is left", upload).isEqualTo(before);
    }

    /** The rows and files an upload writes. */
    private Map<String, Long> stored() {
        return Map.of(
                "attachment", count("attachment"),
                "objection", count("objection"),
                "objection_evidence", count("objection_evidence"),
                "site_visit_photo", count("site_visit_photo"),
                "audit_event", count("audit_event"),
                "files", files());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long files() {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long submitted(Round round, String organisation, String product) {
        organisationFixtures.applicantWithOrganisation(organisation);
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        SignIn.out();
        return id;
    }

    private ObjectionForm objectionForm() {
        var form = new ObjectionForm();
        form.setObjectorName("王小明");
        form.setIdType(Objection.IdType.RESIDENT_ID);
        form.setIdNumber(RESIDENT_ID);
        form.setContact("13800138000");
        form.setCandidateId(candidateId);
        form.setGrounds("宣传材料与实际不符，第 " + GROUNDS.incrementAndGet() + " 条");
        return form;
    }

    private static void asVisitor() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }
}
