package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.IntegrationTest;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Quotas;
import org.brandaward.programme.ProgrammeSetting;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.Round;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.ReviewStage;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 盲评: under blind review an expert drawn for an application reads only the attachments marked as carrying no name of
 * the applicant — in the list, through the service and over HTTP by key — whatever key or id they try.
 */
@IntegrationTest
@AutoConfigureMockMvc
class BlindReviewAttachmentIT {

    private static final String PROGRAMME = "hn-famous-product";
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired AttachmentService attachments;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ProgrammeSettings settings;
    @Autowired AuditLog audit;
    @Autowired MockMvc mvc;

    long id;
    String applicant;
    String expert;
    Attachment named;
    Attachment anonymised;

    @BeforeEach
    void blindReviewOfAnApplicationWithTwoAttachments() {
        SignIn.as("office", Roles.OFFICE);
        settings.change(PROGRAMME, Map.of(ProgrammeSetting.BLIND_REVIEW, 1));
        Round round = roundFixtures.round(PROGRAMME, 2058, new Quotas(null, null, null, null));
        applicant = organisationFixtures.applicantWithOrganisation("株洲醴陵瓷业有限公司");
        id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        named = attachments.attach(id, "醴陵瓷业营业执照.pdf", AttachmentIT.PDF);
        anonymised = attachments.attach(id, "釉下五彩工艺说明.pdf", AttachmentIT.PDF, true);
        applications.submit(id, ApplicationFixtures.completeForm("釉下五彩瓷"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        expert = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT)).get(0);
        SignIn.as(expert, Roles.EXPERT);
        draws.declare(id);
    }

    @AfterEach
    void blindOff() {
        SignIn.as("office", Roles.OFFICE);
        settings.change(PROGRAMME, Map.of(ProgrammeSetting.BLIND_REVIEW, 0));
        SignIn.out();
    }

    @Test
    void the_expert_is_listed_and_served_the_anonymised_attachment_only() throws Exception {
        assertThat(attachments.of(id)).extracting(Attachment::getPublicKey).containsExactly(anonymised.getPublicKey());
        assertThatThrownBy(() -> attachments.open(named.getPublicKey())).isInstanceOf(AccessDeniedException.class);
        try (InputStream in = attachments.open(anonymised.getPublicKey()).bytes()) {
            assertThat(in.readAllBytes()).isEqualTo(AttachmentIT.PDF);
        }

        mvc.perform(get("/attachments/{key}", named.getPublicKey()).with(user(expert).roles(Roles.EXPERT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attachments/{key}", anonymised.getPublicKey()).with(user(expert).roles(Roles.EXPERT)))
                .andExpect(status().isOk()).andExpect(content().bytes(AttachmentIT.PDF));
        for (Attachment attachment : new Attachment[] {named, anonymised}) {
            mvc.perform(get("/attachments/{id}", attachment.getId()).with(user(expert).roles(Roles.EXPERT)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void the_office_withdraws_a_wrong_mark_and_the_expert_is_refused_that_attachment_from_then_on() throws Exception {
        SignIn.as(applicant, Roles.APPLICANT);
        assertThatThrownBy(() -> attachments.markAnonymised(named.getId(), true)).isInstanceOf(AccessDeniedException.class);
        SignIn.as("office", Roles.OFFICE);
        assertThat(attachments.of(id)).as("the office sees all").hasSize(2);

        attachments.markAnonymised(anonymised.getId(), false);

        assertThat(audit.history(ApplicationService.AUDIT_TYPE, id)).last()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("ATTACHMENT_NOT_ANONYMISED"))
                .extracting(AuditEvent::getDetail).isEqualTo("釉下五彩工艺说明.pdf");
        SignIn.as(expert, Roles.EXPERT);
        assertThat(attachments.of(id)).isEmpty();
        mvc.perform(get("/attachments/{key}", anonymised.getPublicKey()).with(user(expert).roles(Roles.EXPERT)))
                .andExpect(status().isNotFound());

        SignIn.as("office", Roles.OFFICE);
        settings.change(PROGRAMME, Map.of(ProgrammeSetting.BLIND_REVIEW, 0));
        SignIn.as(expert, Roles.EXPERT);
        assertThat(attachments.of(id)).as("not blind: every attachment").hasSize(2);
        mvc.perform(get("/attachments/{key}", named.getPublicKey()).with(user(expert).roles(Roles.EXPERT)))
                .andExpect(status().isOk());
    }
}
