package org.brandaward.sitevisit;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 现场核查 of 青海老字号 2074: marked needed, outstanding until recorded, photos checked by content. */
@IntegrationTest
@AutoConfigureMockMvc
class SiteVisitIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired SiteVisitService visits;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_visit_marked_needed_is_outstanding_until_recorded_with_its_photo() throws Exception {
        Round round = roundFixtures.round("qh-time-honored-brand", 2074, null);
        long id = submitted(round, "西宁老字号酿造有限公司");
        long other = submitted(round, "湟源陈醋有限公司");
        SignIn.as("office", Roles.OFFICE);
        visits.markNeeded(id);
        assertRefused(() -> visits.markNeeded(id), "sitevisit.alreadyMarked");
        assertThat(visits.outstandingFor(round.getId())).containsExactly(id);
        assertRefused(() -> visits.addPhoto(other, "a.png", PNG), "sitevisit.notMarked");

        assertRefused(() -> visits.record(id, LocalDate.now(clock), "  ", "良好"), "sitevisit.incomplete");
        assertRefused(() -> visits.record(id, LocalDate.now(clock).plusDays(1), "王五", "良好"), "sitevisit.inFuture");
        assertRefused(() -> visits.addPhoto(id, "a.png", "%PDF-1.7".getBytes()), "sitevisit.photo.type");
        assertRefused(() -> visits.addPhoto(id, "a.jpg", PNG), "sitevisit.photo.type");
        assertThat(jdbc.queryForObject("select count(*) from site_visit_photo", Integer.class)).as("a refused photo stores nothing")
                .isEqualTo(jdbc.queryForObject("select count(*) from site_visit_photo p join site_visit v on v.id = p.site_visit_id where v.application_id <> ?", Integer.class, id));

        SiteVisitService.Photo photo = visits.addPhoto(id, "门店.png", PNG);
        visits.record(id, LocalDate.now(clock), "王五、赵六", "前店后厂，传统工艺延续至今");
        assertThat(visits.outstandingFor(round.getId())).isEmpty();
        assertThat(visits.ofRound(round.getId())).filteredOn(v -> v.applicationId() == id).singleElement()
                .satisfies(v -> {
                    assertThat(v.recorded()).isTrue();
                    assertThat(v.team()).isEqualTo("王五、赵六");
                });
        assertThat(visits.photosOf(id)).extracting(SiteVisitService.Photo::fileName).containsExactly("门店.png");
        try (var bytes = visits.openPhoto(photo.publicKey()).orElseThrow().bytes()) {
            assertThat(bytes.readAllBytes()).isEqualTo(PNG);
        }
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'SITE_VISIT' and entity_id = "
                + "(select id from site_visit where application_id = ?) order by id", String.class, id))
                .containsExactly("MARKED_NEEDED", "PHOTO_ADDED", "RECORDED");

        SignIn.out();
        mvc.perform(get("/site-visits/photos/" + photo.publicKey()).with(user("office").roles(Roles.OFFICE)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG));
        mvc.perform(get("/site-visits/photos/" + photo.publicKey()).with(user("applicant").roles(Roles.APPLICANT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/site-visits/photos/" + java.util.UUID.randomUUID()).with(user("office").roles(Roles.OFFICE)))
                .andExpect(status().isNotFound());

        SignIn.as("applicant", Roles.APPLICANT);
        assertThatThrownBy(() -> visits.openPhoto(photo.publicKey())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.outstandingFor(round.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_time_honoured_brands_take_site_visits() {
        Round round = roundFixtures.round("sd-famous-product", 2074, null);
        long id = submitted(round, "青岛啤酒厂");
        SignIn.as("office", Roles.OFFICE);
        assertRefused(() -> visits.markNeeded(id), "sitevisit.notTimeHonoured");
    }

    @Test
    void a_draft_is_no_candidate_for_a_site_visit() {
        Round round = roundFixtures.round("qh-time-honored-brand", 2074, null);
        organisationFixtures.applicantWithOrganisation("格尔木老字号有限公司");
        long draft = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        SignIn.as("office", Roles.OFFICE);
        assertRefused(() -> visits.markNeeded(draft), "sitevisit.notCandidate");
    }

    private long submitted(Round round, String name) {
        organisationFixtures.applicantWithOrganisation(name);
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(name));
        SignIn.out();
        return id;
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
