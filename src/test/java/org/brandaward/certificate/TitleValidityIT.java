package org.brandaward.certificate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.brandaward.IntegrationTest;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationForm;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.Figure;
import org.brandaward.application.FormSections;
import org.brandaward.application.TimelineEntry;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.programme.RoundService;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The life of a title with a validity (bpmn/title-validity.bpmn), with the application's and the engine's clocks moved:
 * reminders 90 and 30 days before the end, expiry the day after without a passed re-evaluation (the verify page and
 * JSON say expired), a passed re-evaluation (复评) that renews the title instead, and a time-honoured brand's re-check
 * (复核) with a conditional pass, rectified or not. 山东名牌产品 2043, 2044 → 2045; 青海老字号 2045, 2046.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TitleValidityIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired TitleValidityFixtures life;
    @Autowired CertificateService certificates;
    @Autowired CertificateVerification verification;
    @Autowired TitleLifeService titles;
    @Autowired ApplicationService applications;
    @Autowired RoundService rounds;
    @Autowired AuditLog audit;
    @Autowired org.springframework.context.ApplicationEventPublisher publisher;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void release() {
        life.reset();
        SignIn.out();
    }

    @Test
    void the_holder_is_reminded_90_and_30_days_before_the_end_and_the_title_expires_the_day_after_without_reevaluation() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2043, null);
        String applicant = organisationFixtures.applicantWithOrganisation("济南到期提醒食品有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "到期牌酱油");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        LocalDate validUntil = certificate.getValidUntil();
        assertThat(life.waitsAt(certificate.getId())).as("started on issue").containsExactly("FirstReminderDue");

        life.moveTo(validUntil.minusDays(91), LocalTime.of(23, 59));
        assertThat(life.runDueTimers(certificate.getId())).as("91 days before: nothing yet").isZero();
        life.moveTo(validUntil.minusDays(90), LocalTime.of(0, 1));
        assertThat(life.runDueTimers(certificate.getId())).isEqualTo(1);
        assertThat(events.stream(TitleExpiryNear.class))
                .containsExactly(new TitleExpiryNear(certificate.getId(), id, validUntil, 90));
        assertThat(stepsOf(applicant, id)).contains("TITLE_EXPIRY_NEAR_90").doesNotContain("TITLE_EXPIRY_NEAR_30");

        life.moveTo(validUntil.minusDays(30), LocalTime.of(8, 0));
        assertThat(life.runDueTimers(certificate.getId())).isEqualTo(1);
        assertThat(events.stream(TitleExpiryNear.class).map(TitleExpiryNear::daysLeft)).containsExactly(90, 30);
        assertThat(stepsOf(applicant, id)).contains("TITLE_EXPIRY_NEAR_30");

        life.moveTo(validUntil, LocalTime.of(23, 59));
        assertThat(life.runDueTimers(certificate.getId())).as("valid through its last day").isZero();
        assertThat(verification.byNumber(certificate.getNumber(), Locale.CHINA).state()).isEqualTo(CertificateVerification.State.VALID);
        assertThat(events.stream(TitleExpired.class)).isEmpty();

        life.moveTo(validUntil.plusDays(1), LocalTime.of(0, 30));
        assertThat(life.runDueTimers(certificate.getId())).isEqualTo(1);
        assertThat(events.stream(TitleExpired.class)).containsExactly(new TitleExpired(certificate.getId(), id));
        assertThat(life.waitsAt(certificate.getId())).as("the process ended").isEmpty();
        assertThat(stepsOf(applicant, id)).contains("TITLE_EXPIRED");
        SignIn.as("office", Roles.OFFICE);
        assertThat(certificates.ofApplication(id).orElseThrow().getTitleState()).isEqualTo(TitleState.EXPIRED);
        assertThat(audit.history(CertificateService.AUDIT_TYPE, certificate.getId())).extracting(AuditEvent::getAction)
                .contains("EXPIRY_REMINDED", "EXPIRED");
        String payload = verification.payload(certificate.getNumber());
        SignIn.out();

        String page = mvc.perform(get("/verify").param("number", certificate.getNumber()).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-state=\"EXPIRED\"", "已过期");
        assertThat(json.readTree(mvc.perform(get("/api/public/verify").param("payload", payload)
                .with(anonymous())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("state").asText())
                .isEqualTo("EXPIRED");
    }

    @Test
    void a_passed_reevaluation_in_the_next_round_renews_the_title_and_it_does_not_expire() {
        Round first = roundFixtures.round("sd-famous-product", 2044, null);
        String applicant = organisationFixtures.applicantWithOrganisation("青岛复评食品有限公司");
        long titleId = publicationFixtures.recognisedApplication(applicant, first, "复评牌啤酒");
        Certificate old = certificates.ofApplication(titleId).orElseThrow();

        life.moveTo(old.getValidUntil().minusDays(60), LocalTime.of(9, 0));
        life.runDueTimers(old.getId());
        Round next = roundFixtures.round("sd-famous-product", 2045, null);
        SignIn.as(applicant, Roles.APPLICANT);
        assertThat(titles.mine(Locale.CHINA)).singleElement().satisfies(t -> assertThat(t.reevaluable()).isTrue());
        long draftId = titles.applyForReevaluation(old.getId());

        Application draft = applications.get(draftId);
        assertThat(draft.getRoundId()).isEqualTo(next.getId());
        assertThat(draft.getReevaluatesCertificateId()).isEqualTo(old.getId());
        assertThat(FormSections.shown(rounds.programmeOf(next), draft)).as("the lighter form")
                .containsExactly(FormSection.FIGURES, FormSection.CERTIFICATIONS, FormSection.SPOT_CHECKS, FormSection.ATTACHMENTS, FormSection.PLEDGE);
        ApplicationForm form = applications.formOf(draftId);
        assertThat(form.get("productName")).as("copied from the title's application").isEqualTo("复评牌啤酒");
        assertThat(form.get("registeredInProvince")).isEqualTo(true);
        for (int year = next.getYear() - 3; year < next.getYear(); year++) {
            Figure fresh = form.figure(year);
            fresh.setSales(new BigDecimal("150000000"));
            fresh.setProfit(new BigDecimal("11000000"));
            fresh.setTax(new BigDecimal("5000000"));
            fresh.setRdSpend(new BigDecimal("4500000"));
        }
        form.setPledgeAccepted(true);
        form.setPledgeSignatory(OrganisationFixtures.LEGAL_REPRESENTATIVE);
        life.recognised(applicant, next, draftId, form);

        Certificate renewal = certificates.ofApplication(draftId).orElseThrow();
        SignIn.as("office", Roles.OFFICE);
        assertThat(certificates.ofApplication(titleId).orElseThrow().getTitleState()).isEqualTo(TitleState.RENEWED);
        assertThat(life.waitsAt(old.getId())).as("the old title's process ended as renewed").isEmpty();
        assertThat(life.waitsAt(renewal.getId())).containsExactly("FirstReminderDue");
        assertThat(stepsOf(applicant, titleId)).contains("TITLE_EXPIRY_NEAR_90", "TITLE_RENEWED");

        life.moveTo(old.getValidUntil().plusDays(1), LocalTime.of(0, 30));
        assertThat(life.runDueTimers(old.getId())).isZero();
        assertThat(events.stream(TitleExpired.class)).isEmpty();
        assertThat(verification.byNumber(renewal.getNumber(), Locale.CHINA).state()).isEqualTo(CertificateVerification.State.VALID);
    }

    @Test
    void a_time_honoured_brand_passed_conditionally_and_rectified_in_time_keeps_its_title_for_the_next_period() {
        Round round = roundFixtures.round("qh-time-honored-brand", 2045, null);
        String applicant = organisationFixtures.applicantWithOrganisation("西宁复核老字号有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "复核牌青稞酒");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        LocalDate end = certificate.getValidUntil();
        assertThat(life.waitsAt(certificate.getId())).containsExactly("RecheckDue");

        life.moveTo(end.minusDays(90), LocalTime.of(9, 0));
        life.runDueTimers(certificate.getId());
        assertThat(events.stream(TitleExpiryNear.class)).as("re-checked, not re-evaluated").isEmpty();
        SignIn.as("office", Roles.OFFICE);
        titles.decideRecheck(workflowFixtures.task(id, TitleLifeService.RECHECK_TASK), id, RecheckOutcome.CONDITIONAL, "传承档案不完整，限期补齐");
        Certificate conditional = certificates.ofApplication(id).orElseThrow();
        assertThat(conditional.getValidUntil()).isEqualTo(end.plusYears(3));
        assertThat(conditional.getRectifyBy()).isEqualTo(end.minusDays(90).plusMonths(6));
        assertThat(life.waitsAt(certificate.getId())).containsExactly("RectificationDue");

        life.moveTo(conditional.getRectifyBy(), LocalTime.of(12, 0));
        assertThat(life.runDueTimers(certificate.getId())).as("the holder has the whole last day").isZero();
        life.moveTo(conditional.getRectifyBy().plusDays(1), LocalTime.of(9, 0));
        assertThat(life.runDueTimers(certificate.getId())).isEqualTo(1);
        SignIn.as("office", Roles.OFFICE);
        titles.decideRectification(workflowFixtures.task(id, TitleLifeService.RECTIFICATION_TASK), id, true, "传承档案已补齐");

        assertThat(life.waitsAt(certificate.getId())).as("the next period's re-check").containsExactly("RecheckDue");
        assertThat(certificates.ofApplication(id).orElseThrow().getTitleState()).isEqualTo(TitleState.ACTIVE);
        assertThat(verification.byNumber(certificate.getNumber(), Locale.CHINA).state()).isEqualTo(CertificateVerification.State.VALID);
        life.moveTo(end.plusDays(1), LocalTime.of(9, 0));
        assertThat(life.runDueTimers(certificate.getId())).isZero();
        assertThat(verification.byNumber(certificate.getNumber(), Locale.CHINA).validUntil()).isEqualTo(end.plusYears(3));
        assertThat(stepsOf(applicant, id)).contains("TITLE_RECHECK_OPENED", "TITLE_RECHECK_CONDITIONAL", "TITLE_RECTIFIED");
    }

    @Test
    void a_time_honoured_brand_that_does_not_rectify_in_time_is_removed_from_the_register() throws Exception {
        Round round = roundFixtures.round("qh-time-honored-brand", 2046, null);
        String applicant = organisationFixtures.applicantWithOrganisation("海东整改老字号有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "整改牌酩馏酒");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();

        life.moveTo(certificate.getValidUntil().minusDays(80), LocalTime.of(9, 0));
        life.runDueTimers(certificate.getId());
        SignIn.as("office", Roles.OFFICE);
        titles.decideRecheck(workflowFixtures.task(id, TitleLifeService.RECHECK_TASK), id, RecheckOutcome.CONDITIONAL, "经营场所不符合要求");
        life.moveTo(certificates.ofApplication(id).orElseThrow().getRectifyBy().plusDays(1), LocalTime.of(9, 0));
        life.runDueTimers(certificate.getId());
        SignIn.as("office", Roles.OFFICE);
        titles.decideRectification(workflowFixtures.task(id, TitleLifeService.RECTIFICATION_TASK), id, false, "逾期未整改");

        assertThat(life.waitsAt(certificate.getId())).isEmpty();
        assertThat(certificates.ofApplication(id).orElseThrow()).satisfies(c -> {
            assertThat(c.getTitleState()).isEqualTo(TitleState.REMOVED);
            assertThat(c.getTitleEndReason()).isEqualTo("逾期未整改");
        });
        assertThat(events.stream(TitleRemoved.class)).containsExactly(new TitleRemoved(certificate.getId(), id, "逾期未整改"));
        assertThat(stepsOf(applicant, id)).contains("TITLE_REMOVED");
        SignIn.out();
        assertThat(mvc.perform(get("/verify").param("number", certificate.getNumber()).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("data-state=\"REMOVED\"", "已移出名录");
        assertThat(json.readTree(mvc.perform(get("/api/public/certificates/" + certificate.getNumber()).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("state").asText()).isEqualTo("REMOVED");
    }

    @Test
    void a_re_check_left_open_past_the_period_expires_the_title_and_a_revocation_ends_the_process() {
        Round round = roundFixtures.round("qh-time-honored-brand", 2044, null);
        String applicant = organisationFixtures.applicantWithOrganisation("格尔木未复核老字号有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "未复核牌牦牛肉");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        life.moveTo(certificate.getValidUntil().minusDays(90), LocalTime.of(9, 0));
        life.runDueTimers(certificate.getId());
        assertThat(life.waitsAt(certificate.getId())).containsExactly("RecheckTitle");

        life.moveTo(certificate.getValidUntil().plusDays(1), LocalTime.of(0, 30));
        assertThat(life.runDueTimers(certificate.getId())).isEqualTo(1);
        assertThat(life.waitsAt(certificate.getId())).isEmpty();
        assertThat(events.stream(TitleExpired.class)).containsExactly(new TitleExpired(certificate.getId(), id));
        SignIn.as("office", Roles.OFFICE);
        Certificate expired = certificates.ofApplication(id).orElseThrow();
        assertThat(expired.getTitleState()).isEqualTo(TitleState.EXPIRED);

        Round brands = roundFixtures.round("sd-service-brand", 2042, null);
        String holder = organisationFixtures.applicantWithOrganisation("烟台撤销服务有限公司");
        long revokedId = publicationFixtures.recognisedApplication(holder, brands, "撤销牌物流服务");
        Certificate revoked = certificates.ofApplication(revokedId).orElseThrow();
        assertThat(life.waitsAt(revoked.getId())).containsExactly("FirstReminderDue");
        assertThatThrownBy(() -> SignIn.asEngine(() -> {
            titles.renew(revoked.getId(), expired.getId());
            return null;
        })).as("another holder's certificate never renews a title").isInstanceOf(IllegalStateException.class);
        publisher.publishEvent(new TitleRevoked(revoked.getId(), revokedId, "FRAUD", "鲁市监〔2042〕1号", revoked.getIssuedOn()));
        assertThat(life.waitsAt(revoked.getId())).as("revocation ends the title's life").isEmpty();
    }

    /** The steps of the title's application its holder reads on the timeline. */
    private List<String> stepsOf(String applicant, long applicationId) {
        SignIn.as(applicant, Roles.APPLICANT);
        try {
            return applications.timeline(applicationId).stream().map(TimelineEntry::action).toList();
        } finally {
            SignIn.out();
        }
    }
}
