package org.brandaward.committee;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A quality award's committee votes the tier with each approval: the first tier (质量奖) needs the pass share of the
 * present on its own, else the candidate takes the next (提名奖); the sign-off hands the tiers to the caller. The meeting
 * is set up in the tables (candidates that finished expert review would take many steps), then run through the service.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CommitteeTiersIT {

    private static final int YEAR = 2077;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired CommitteeFixtures fixtures;
    @Autowired CommitteeService committee;
    @Autowired ResultSheetRenderer renderer;
    @Autowired ApplicationService applications;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void approvals_carry_the_tier_and_the_first_tier_needs_two_thirds_of_the_present() throws Exception {
        Round round = roundFixtures.round("sd-governor-quality-award", YEAR, new ProgrammeDescriptor.Quotas(null, null, null, null));
        organisationFixtures.applicantWithOrganisation("质量奖测试企业甲");
        long x = applications.createDraft(round.getId(), ProgrammeDescriptor.ApplicantKind.ORGANISATION).getId();
        organisationFixtures.applicantWithOrganisation("质量奖测试企业乙");
        long y = applications.createDraft(round.getId(), ProgrammeDescriptor.ApplicantKind.ORGANISATION).getId();
        List<String> members = fixtures.committeeAccounts(3);
        Long meetingId = jdbc.queryForObject("""
                insert into committee_meeting (round_id, meeting_date, status, quorum_numerator, quorum_denominator,
                    pass_numerator, pass_denominator, convened_by)
                values (?, ?, 'BALLOT_OPEN', 2, 3, 2, 3, 'office') returning id""", Long.class, round.getId(), java.sql.Date.valueOf(YEAR + "-05-06"));
        members.forEach(m -> jdbc.update("insert into committee_member (meeting_id, username) values (?, ?)", meetingId, m));
        long cx = candidate(meetingId, x, 1, "质量奖测试企业甲", "AWARD");
        long cy = candidate(meetingId, y, 2, "质量奖测试企业乙", "NOMINATION");
        String caller = fixtures.startMeeting(round.getId());
        String task = fixtures.meetingTask(round.getId());

        SignIn.as(members.get(0), Roles.COMMITTEE);
        assertThatThrownBy(() -> committee.cast(meetingId, List.of(entry(cx, Choice.APPROVE, null), entry(cy, Choice.REJECT, null))))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.tierRequired");
        assertThatThrownBy(() -> committee.cast(meetingId, List.of(entry(cx, Choice.APPROVE, "GOLD"), entry(cy, Choice.REJECT, null))))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.tierRequired");
        committee.cast(meetingId, List.of(entry(cx, Choice.APPROVE, "AWARD"), entry(cy, Choice.APPROVE, "AWARD")));
        SignIn.as(members.get(1), Roles.COMMITTEE);
        committee.cast(meetingId, List.of(entry(cx, Choice.APPROVE, "AWARD"), entry(cy, Choice.APPROVE, "NOMINATION")));
        SignIn.as(members.get(2), Roles.COMMITTEE);
        committee.cast(meetingId, List.of(entry(cx, Choice.APPROVE, "NOMINATION"), entry(cy, Choice.APPROVE, "NOMINATION")));

        String sheet = "/committee/" + meetingId + "/result.pdf";
        SignIn.out();
        mvc.perform(get(sheet).with(user("office").roles(Roles.OFFICE))).andExpect(status().isNotFound());

        SignIn.as("office", Roles.OFFICE);
        committee.closeBallot(task);
        SignIn.out();
        mvc.perform(get(sheet).with(user("office").roles(Roles.OFFICE)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(get(sheet).with(user(members.get(1)).roles(Roles.COMMITTEE))).andExpect(status().isOk());
        String outsider = fixtures.committeeAccounts(1).get(0);
        mvc.perform(get(sheet).with(user(outsider).roles(Roles.COMMITTEE))).andExpect(status().isNotFound());
        mvc.perform(get(sheet).with(user("expert").roles(Roles.EXPERT))).andExpect(status().isNotFound());
        SignIn.as("office", Roles.OFFICE);
        List<CommitteeService.CandidateLine> lines = committee.candidates(meetingId);
        assertThat(lines).extracting(CommitteeService.CandidateLine::firstTierVotes).containsExactly(2, 1);
        assertThat(lines).extracting(CommitteeService.CandidateLine::secondTierVotes).containsExactly(1, 2);
        assertThat(lines).extracting(CommitteeService.CandidateLine::tier).containsExactly("AWARD", "NOMINATION");
        committee.signOff(task);
        assertThat(fixtures.callerVariables(caller))
                .containsEntry(CommitteeService.CANDIDATE_IDS, x + "," + y)
                .containsEntry(CommitteeService.TIERS, x + "=AWARD," + y + "=NOMINATION");
        byte[] pdf = renderer.render(committee.resultSheet(meetingId));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("质量奖测试企业甲", "通过（质量奖）", "通过（提名奖）", "质量奖 2 / 提名奖 1");
        }
    }

    private long candidate(long meetingId, long applicationId, int rank, String applicant, String proposedTier) {
        return jdbc.queryForObject("""
                insert into committee_candidate (meeting_id, application_id, rank, applicant, entry, score, proposed_tier)
                values (?, ?, ?, ?, '质量管理', 800, ?) returning id""", Long.class, meetingId, applicationId, rank, applicant, proposedTier);
    }

    private static CommitteeService.BallotEntry entry(long candidateId, Choice choice, String tier) {
        return new CommitteeService.BallotEntry(candidateId, choice, tier);
    }
}
