package org.brandaward.security;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import java.time.Clock;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationForm;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Authorisation is enforced by the services and the HTTP layer, not only by hidden buttons. */
@IntegrationTest
@AutoConfigureMockMvc
class AccessControlIT {

    @Autowired Clock clock;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired RoundService rounds;
    @Autowired MockMvc mvc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_applicant_cannot_read_or_change_another_organisations_application_by_id() throws Exception {
        Round round = roundFixtures.round(2026);
        organisationFixtures.applicantWithOrganisation("东营石化有限公司");
        long theirs = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        String intruder = organisationFixtures.applicantWithOrganisation("德州太阳能有限公司");

        assertThatThrownBy(() -> applications.get(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.formOf(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.saveDraft(theirs, new ApplicationForm())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.submit(theirs, new ApplicationForm())).isInstanceOf(AccessDeniedException.class);
        assertThat(applications.mine()).extracting(a -> a.getId()).doesNotContain(theirs);

        mvc.perform(get("/certificates/{id}.pdf", theirs).with(user(intruder).roles(Roles.APPLICANT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void only_the_office_may_open_rounds() {
        for (String role : new String[] {Roles.APPLICANT, Roles.EXPERT, Roles.ADMIN}) {
            SignIn.as("someone", role);
            assertThatThrownBy(() -> rounds.open(RoundFixtures.PROGRAMME, 2031, LocalDate.now(clock), LocalDate.now(clock).plusDays(30), null))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void cockpit_is_for_admins_only() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        for (String role : new String[] {Roles.APPLICANT, Roles.RECOMMENDER, Roles.EXPERT, Roles.OFFICE, Roles.COMMITTEE}) {
            mvc.perform(get("/camunda/app/cockpit/default/").with(user("someone").roles(role))).andExpect(status().isForbidden());
            mvc.perform(get("/camunda/api/engine/engine/").with(user("someone").roles(role))).andExpect(status().isForbidden());
        }
    }
}
