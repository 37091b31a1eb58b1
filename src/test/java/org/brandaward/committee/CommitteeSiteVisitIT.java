package org.brandaward.committee;

import org.brandaward.IntegrationTest;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.sitevisit.SiteVisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 青海老字号: the committee meets only once every site visit (现场核查) the office marked needed is on record. */
@IntegrationTest
class CommitteeSiteVisitIT {

    static final int YEAR = 2094;

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired PublicationService publications;
    @Autowired CommitteeService committee;
    @Autowired SiteVisitService siteVisits;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_marked_site_visit_without_its_record_holds_the_committee() {
        Round round = roundFixtures.round("qh-time-honored-brand", YEAR, null);
        organisationFixtures.applicantWithOrganisation("西宁马忠食品有限公司");
        long id = publicationFixtures.reviewedApplication(round, "马忠酿皮");
        SignIn.as("office", Roles.OFFICE);
        publications.startDecision(round.getId());
        siteVisits.markNeeded(id);
        String meetingTask = publicationFixtures.roundTask(round.getId(), CommitteeService.MEETING_TASK);
        List<String> members = List.of(organisationFixtures.account("committee", "委员", Roles.COMMITTEE));

        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> committee.convene(meetingTask, LocalDate.now(clock), members))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("committee.siteVisitsOutstanding");
                    assertThat(e.getArguments()).containsExactly(1);
                });
        assertThat(committee.meetingOfRound(round.getId())).as("nothing convened").isEmpty();

        siteVisits.record(id, LocalDate.now(clock), "省商务厅 王某、李某", "老字号传承与经营情况属实");
        assertThat(siteVisits.outstandingFor(round.getId())).isEmpty();
        publicationFixtures.holdCommittee(round, List.of(id));
        assertThat(committee.meetingOfRound(round.getId())).get().satisfies(m -> assertThat(m.signedOff()).isTrue());
    }
}
