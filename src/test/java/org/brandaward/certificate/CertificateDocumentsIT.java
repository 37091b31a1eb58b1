package org.brandaward.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.TimelineEntry;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.committee.Choice;
import org.brandaward.committee.CommitteeService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.publication.ListApproval;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The certificate as a document, through real rounds (山东名牌产品 2063, 山东省省长质量奖 2064): the family's template
 * with the holder's Chinese name, the number and the title by tier, read back from the PDF with its QR code decoded;
 * the reissue after a change of name — same number, the new name printed in the next edition the enterprise downloads,
 * audited and on its timeline — while the QR code of the first print still verifies.
 */
@AutoConfigureMockMvc
class CertificateDocumentsIT extends KaribuTest {

    private static final String OLD_NAME = "济南旧名酱园有限公司";
    private static final String NEW_NAME = "济南新名食品集团有限公司";

    @Autowired MockMvc mvc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired PublicationService publications;
    @Autowired CommitteeService committee;
    @Autowired CertificateService certificates;
    @Autowired CertificateVerification verification;
    @Autowired ApplicationService applications;
    @Autowired AuditLog audit;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_office_opens_the_certificate_from_the_round_list_and_reissues_it_with_a_reason() {
        // 山东服务名牌 2063: the year of this class, another programme than the first test's.
        Round round = roundFixtures.round("sd-service-brand", 2063, null);
        String applicant = organisationFixtures.applicantWithOrganisation("青岛旧名物流有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "旧名快运服务");
        String number = certificates.ofApplication(id).orElseThrow().getNumber();

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("rounds/" + round.getId() + "/list");
        Grid<Object> list = _get(Grid.class, spec -> spec.withId("round-list"));
        Anchor link = (Anchor) GridKt._getCellComponent(list, 0, "certificate");
        assertThat(link.getHref()).isEqualTo("certificates/" + id);
        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(Span.class, spec -> spec.withId("certificate-holder")).getText()).isEqualTo("青岛旧名物流有限公司");
        assertThat(_get(Span.class, spec -> spec.withId("certificate-edition")).getText()).isEqualTo("第1版（原发）");
        assertThat(_get(Anchor.class, spec -> spec.withId("certificate-pdf")).getHref()).isEqualTo("certificates/" + id + ".pdf");

        _setValue(_get(TextField.class, spec -> spec.withId("reissue-name")), "青岛新名供应链集团有限公司");
        _setValue(_get(TextArea.class, spec -> spec.withId("reissue-reason")), "工商登记名称变更");
        _click(_get(Button.class, spec -> spec.withId("reissue")));
        expectNotifications("证书" + number + "已换发（第2版）");
        assertThat(_get(Span.class, spec -> spec.withId("certificate-holder")).getText()).isEqualTo("青岛新名供应链集团有限公司");
        assertThat(_get(Span.class, spec -> spec.withId("certificate-organisation")).getText()).isEqualTo("青岛新名供应链集团有限公司");
        assertThat(_get(Span.class, spec -> spec.withId("certificate-edition")).getText()).startsWith("第2版（").endsWith("换发）");
    }

    @Test
    void a_certificate_is_reissued_after_a_change_of_name_under_its_number_and_its_first_print_still_verifies() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2063, null);
        String applicant = organisationFixtures.applicantWithOrganisation(OLD_NAME);
        long id = publicationFixtures.recognisedApplication(applicant, round, "旧名牌酱菜");
        Certificate issued = certificates.ofApplication(id).orElseThrow();
        assertThat(issued.getHolderName()).isEqualTo(OLD_NAME);
        assertThat(issued.getEdition()).isEqualTo(1);
        byte[] firstPrint = certificates.pdf(id);
        assertThat(text(firstPrint)).contains(OLD_NAME, "旧名牌酱菜", issued.getNumber(), "被认定为山东名牌产品").doesNotContain("换发");
        String firstUrl = QrCodes.in(firstPrint).get(0);

        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> certificates.reissue(id, NEW_NAME, "  "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("certificate.reissue.reasonRequired"));
        assertThatThrownBy(() -> certificates.reissue(id, OLD_NAME, "营业执照变更"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("certificate.reissue.nameUnchanged"));
        Certificate reissued = certificates.reissue(id, NEW_NAME, "营业执照名称变更，济南市市场监督管理局核准");
        assertThat(reissued.getNumber()).isEqualTo(issued.getNumber());
        assertThat(reissued.getEdition()).isEqualTo(2);
        assertThat(reissued.getHolderName()).isEqualTo(NEW_NAME);
        assertThat(reissued.getReissuedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(reissued.getValidFrom()).isEqualTo(issued.getValidFrom());
        assertThat(reissued.getValidUntil()).isEqualTo(issued.getValidUntil());
        assertThat(applications.organisationOf(id).getName()).as("the organisation's name is changed too").isEqualTo(NEW_NAME);
        assertThat(audit.history(CertificateService.AUDIT_TYPE, reissued.getId())).extracting(AuditEvent::getAction, AuditEvent::getBeforeState, AuditEvent::getAfterState)
                .contains(tuple("REISSUED", OLD_NAME, NEW_NAME));
        assertThat(audit.history("ORGANISATION", applications.get(id).getOrganisationId())).extracting(AuditEvent::getAction).contains("RENAMED");

        SignIn.as(applicant, Roles.APPLICANT);
        assertThat(applications.timeline(id)).extracting(TimelineEntry::action).contains(CertificateService.REISSUED_STEP);
        assertThat(applications.timeline(id)).filteredOn(e -> e.action().equals(CertificateService.REISSUED_STEP))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains(OLD_NAME, NEW_NAME, "营业执照名称变更"));
        SignIn.out();

        // The enterprise downloads the current edition through the existing download address.
        byte[] download = mvc.perform(get("/certificates/{id}.pdf", id).with(user(applicant).roles(Roles.APPLICANT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(download)).contains(NEW_NAME, issued.getNumber(), "第2版（", "换发）").doesNotContain(OLD_NAME);
        assertThat(QrCodes.in(download)).as("the payload signs no name: the QR code is the same").containsExactly(firstUrl);

        CertificateVerification.Result check = verification.byPayload(firstUrl.substring(firstUrl.indexOf(CertificateVerification.VERIFY_PATH)
                + CertificateVerification.VERIFY_PATH.length()), Locale.CHINA);
        assertThat(check.state()).as("the first print's QR code").isEqualTo(CertificateVerification.State.VALID);
        assertThat(check.number()).isEqualTo(issued.getNumber());
        assertThat(check.organisationName()).isEqualTo(NEW_NAME);

        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> certificates.reissue(id, NEW_NAME, "再次换发"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("certificate.reissue.nameUnchanged"));
        SignIn.as(applicant, Roles.APPLICANT);
        assertThatThrownBy(() -> certificates.reissue(id, "别的名称有限公司", "申请换发"))
                .as("only the office reissues").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_quality_award_listed_as_nomination_prints_the_nomination_title_and_keeps_the_tier() throws Exception {
        Round round = roundFixtures.round("sd-governor-quality-award", 2064, null);
        String applicant = organisationFixtures.applicantWithOrganisation("烟台提名奖测试股份有限公司");
        SignIn.as(applicant, Roles.APPLICANT);
        long id = publicationFixtures.reviewedApplication(round, "卓越绩效管理");
        decideWithTier(round, id, "NOMINATION");

        SignIn.as(applicant, Roles.APPLICANT);
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        assertThat(certificate.getTier()).isEqualTo("nomination");
        assertThat(certificate.getValidUntil()).as("quality-award titles are kept").isNull();
        byte[] pdf = certificates.pdf(id);
        assertThat(text(pdf)).contains("山东省省长质量奖提名奖", "荣誉证书", "烟台提名奖测试股份有限公司", certificate.getNumber(),
                "荣获山东省省长质量奖提名奖", "长期有效");
        assertThat(QrCodes.in(pdf)).containsExactly(verification.verifyUrl(certificate.getNumber()));
    }

    /** The round's decision with a committee of three approving the one candidate in {@code tier}. */
    private void decideWithTier(Round round, long applicationId, String tier) {
        SignIn.as("office", Roles.OFFICE);
        publications.startDecision(round.getId());
        String meetingTask = publicationFixtures.roundTask(round.getId(), CommitteeService.MEETING_TASK);
        List<String> members = IntStream.range(0, 3)
                .mapToObj(i -> organisationFixtures.account("committee", "提名委员" + i, Roles.COMMITTEE)).toList();
        long meetingId = committee.convene(meetingTask, LocalDate.now(clock), members).meetingId();
        for (String member : members) {
            SignIn.as(member, Roles.COMMITTEE);
            committee.cast(meetingId, committee.candidates(meetingId).stream()
                    .map(c -> new CommitteeService.BallotEntry(c.candidateId(),
                            c.applicationId() == applicationId ? Choice.APPROVE : Choice.REJECT,
                            c.applicationId() == applicationId ? tier : null))
                    .toList());
        }
        SignIn.as("office", Roles.OFFICE);
        committee.closeBallot(meetingTask);
        committee.signOff(meetingTask);
        publicationFixtures.endNotice(round.getId());
        SignIn.as("office", Roles.OFFICE);
        String listTask = publicationFixtures.roundTask(round.getId(), PublicationService.APPROVE_TASK);
        publications.approve(listTask, new ListApproval("鲁政字〔2064〕7号", LocalDate.now(clock), Map.of()));
        certificateFixtures.issueAll(round.getId());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
