package org.brandaward.committee;

import org.brandaward.security.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.brandaward.IntegrationTest;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.Roles;
import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brandaward.committee.Choice.ABSTAIN;
import static org.brandaward.committee.Choice.APPROVE;
import static org.brandaward.committee.Choice.REJECT;

/**
 * The committee's meeting for a round of four candidates (scores 90, 85, 85, 70; quota 2) and nine members: the
 * quorum edge (5 of 9 refused, 6 of 9 counts), the pass edge (4 of 6 present passes, 3 does not), a double ballot
 * and a non-member refused, three passing for two seats resolved by rank with the tie at the edge chosen by the office
 * and a reason, the result sheet read back, the sign-off handing the kept candidates to the caller — and the secrecy
 * of the ballot checked against every table the module writes, the engine's history and the audit log.
 */
@IntegrationTest
class CommitteeBallotIT {

    private static final int YEAR = 2075;

    @Autowired CommitteeFixtures fixtures;
    @Autowired CommitteeService committee;
    @Autowired ResultSheetRenderer renderer;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_meeting_from_convening_to_sign_off() throws IOException {
        CommitteeFixtures.Candidates round = fixtures.round(YEAR, 2, 90, 85, 85, 70);
        long a = round.applicationIds().get(0), b = round.applicationIds().get(1), c = round.applicationIds().get(2),
                d = round.applicationIds().get(3);
        List<String> members = fixtures.committeeAccounts(10);
        String outsider = members.remove(9);
        String caller = fixtures.startMeeting(round.roundId());
        String task = fixtures.meetingTask(round.roundId());

        SignIn.as("office", Roles.OFFICE);
        assertThat(committee.candidatesOfRound(round.roundId())).extracting(r -> r.applicationId()).containsExactly(a, b, c, d);
        CommitteeService.MeetingSummary meeting = committee.convene(task, LocalDate.of(YEAR, 3, 2), members);
        long meetingId = meeting.meetingId();
        assertThat(meeting.members()).hasSize(9);
        assertThatThrownBy(() -> committee.convene(task, LocalDate.of(YEAR, 3, 2), members))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.alreadyConvened");
        Map<Long, Long> candidateOf = new java.util.HashMap<>();
        committee.candidates(meetingId).forEach(line -> candidateOf.put(line.applicationId(), line.candidateId()));

        // Ballots of six members: A, B, C approved by four, D by three.
        List<Map<Long, Choice>> ballots = List.of(
                Map.of(a, APPROVE, b, APPROVE, c, APPROVE, d, APPROVE),
                Map.of(a, APPROVE, b, APPROVE, c, APPROVE, d, APPROVE),
                Map.of(a, APPROVE, b, APPROVE, c, APPROVE, d, APPROVE),
                Map.of(a, APPROVE, b, APPROVE, c, APPROVE, d, REJECT),
                Map.of(a, REJECT, b, ABSTAIN, c, REJECT, d, REJECT),
                Map.of(a, ABSTAIN, b, REJECT, c, ABSTAIN, d, ABSTAIN));

        SignIn.as(outsider, Roles.COMMITTEE);
        assertThatThrownBy(() -> committee.cast(meetingId, ballot(ballots.get(0), candidateOf))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committee.candidates(meetingId)).isInstanceOf(AccessDeniedException.class);

        for (int i = 0; i < 5; i++) {
            SignIn.as(members.get(i), Roles.COMMITTEE);
            committee.cast(meetingId, ballot(ballots.get(i), candidateOf));
        }
        SignIn.as(members.get(0), Roles.COMMITTEE);
        assertThatThrownBy(() -> committee.cast(meetingId, ballot(ballots.get(5), candidateOf)))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.alreadyCast");
        assertThat(committee.candidates(meetingId)).as("no totals while the ballot is open").allMatch(l -> l.approvals() == null);
        SignIn.as(members.get(6), Roles.COMMITTEE);
        assertThatThrownBy(() -> committee.cast(meetingId, ballot(Map.of(a, APPROVE), candidateOf)))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.ballotIncomplete");

        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> committee.closeBallot(task))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.noQuorum").hasMessageContaining("[5, 9]");

        SignIn.as(members.get(5), Roles.COMMITTEE);
        committee.cast(meetingId, ballot(ballots.get(5), candidateOf));

        assertBallotIsSecret(meetingId, members);

        SignIn.as("office", Roles.OFFICE);
        CommitteeService.MeetingSummary closed = committee.closeBallot(task);
        assertThat(closed.present()).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from committee_vote where meeting_id = ?", Long.class, meetingId))
                .as("single votes destroyed once counted").isZero();
        List<CommitteeService.CandidateLine> lines = committee.candidates(meetingId);
        assertThat(lines).extracting(CommitteeService.CandidateLine::applicationId).containsExactly(a, b, c, d);
        assertThat(lines).extracting(CommitteeService.CandidateLine::approvals).containsExactly(4, 4, 4, 3);
        assertThat(lines).extracting(CommitteeService.CandidateLine::rejections).containsExactly(1, 1, 1, 2);
        assertThat(lines).extracting(CommitteeService.CandidateLine::abstentions).containsExactly(1, 1, 1, 1);
        assertThat(lines).extracting(CommitteeService.CandidateLine::passed).containsExactly(true, true, true, false);

        SignIn.as(members.get(7), Roles.COMMITTEE);
        assertThatThrownBy(() -> committee.cast(meetingId, ballot(ballots.get(0), candidateOf)))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.ballotClosed");
        assertThat(committee.candidates(meetingId)).as("members see the totals after closing")
                .extracting(CommitteeService.CandidateLine::approvals).containsExactly(4, 4, 4, 3);

        SignIn.as("office", Roles.OFFICE);
        assertThat(committee.overQuota(meetingId)).isTrue();
        assertThatThrownBy(() -> committee.signOff(task))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.quotaUnresolved");
        long ca = candidateOf.get(a), cb = candidateOf.get(b), cc = candidateOf.get(c), cd = candidateOf.get(d);
        assertThatThrownBy(() -> committee.resolveQuota(task, List.of(cb, cc), "按排名"))
                .as("A scores higher than both kept").isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.keptOutOfRank");
        assertThatThrownBy(() -> committee.resolveQuota(task, List.of(ca, cb, cc), "全部"))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.keptOverQuota");
        assertThatThrownBy(() -> committee.resolveQuota(task, List.of(ca, cd), "按排名"))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.keptNotPassed");
        assertThatThrownBy(() -> committee.resolveQuota(task, List.of(ca, cc), "  "))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("committee.reasonRequired");
        // B and C tie at the edge (85 each): the office chooses C, with its reason.
        String reason = "B与C得分并列，C的市场占有率更高，保留C";
        committee.resolveQuota(task, List.of(ca, cc), reason);
        assertThat(committee.candidates(meetingId)).extracting(CommitteeService.CandidateLine::kept).containsExactly(true, false, true, false);

        String before = pdfText(meetingId);
        assertThat(before).contains("评审委员会表决结果", "委员会测试企业2075-0", "委员会测试企业2075-3", "未通过", "通过，超出名额未保留",
                reason, "尚未签署");

        committee.signOff(task);
        assertThat(fixtures.callerVariables(caller))
                .containsEntry(CommitteeService.CANDIDATE_IDS, a + "," + c)
                .containsEntry(CommitteeService.TIERS, "");
        assertThat(committee.meeting(meetingId).signedOff()).isTrue();
        assertThat(committee.meeting(meetingId).signedOffBy()).isEqualTo("office");
        assertThat(audit.history(CommitteeService.AUDIT_TYPE, meetingId)).extracting(AuditEvent::getAction)
                .containsExactly("CONVENED", "BALLOT_CAST", "BALLOT_CAST", "BALLOT_CAST", "BALLOT_CAST", "BALLOT_CAST", "BALLOT_CAST",
                        "BALLOT_CLOSED", "QUOTA_RESOLVED", "SIGNED_OFF");
        assertThat(pdfText(meetingId)).contains("签署：").doesNotContain("尚未签署");
        assertThatThrownBy(() -> committee.signOff(task)).isInstanceOf(RuntimeException.class);
        assertAuditNamesNoChoice(meetingId);
    }

    /**
     * Every table of the module, found through information_schema: a table that holds members' names holds no choice
     * and shares no column with the votes but the meeting; the votes have no member, no time and random keys, and all
     * live vote rows were written by one transaction (the last ballot shook the box), so no transaction id joins them
     * to a ballot. The engine never saw a member.
     */
    private void assertBallotIsSecret(long meetingId, List<String> members) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_name like 'committee%' order by table_name", String.class);
        assertThat(tables).containsExactlyInAnyOrder("committee_meeting", "committee_member", "committee_ballot_cast",
                "committee_candidate", "committee_vote");
        List<String> voteColumns = columns("committee_vote");
        assertThat(voteColumns).containsExactlyInAnyOrder("id", "meeting_id", "candidate_id", "choice", "tier");
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns where table_schema = current_schema()"
                + " and table_name = 'committee_vote' and column_name = 'id'", String.class)).isEqualTo("uuid");
        assertThat(jdbc.queryForObject("select count(*) from committee_vote where meeting_id = ?", Long.class, meetingId)).isEqualTo(6 * 4);
        assertThat(jdbc.queryForObject("select count(distinct xmin::text) from committee_vote where meeting_id = ?", Long.class, meetingId))
                .as("one transaction wrote every live vote").isEqualTo(1);
        for (String table : tables) {
            List<String> textColumns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = current_schema()"
                    + " and table_name = ? and data_type in ('character varying', 'text')", String.class, table);
            boolean holdsMembers = false;
            boolean holdsChoices = false;
            for (String column : textColumns) {
                List<String> values = jdbc.queryForList("select " + column + " from " + table + " where " + column + " is not null", String.class);
                holdsMembers |= values.stream().anyMatch(members::contains);
                holdsChoices |= values.stream().anyMatch(v -> Set.of("APPROVE", "REJECT", "ABSTAIN").contains(v));
            }
            if (holdsMembers) {
                assertThat(holdsChoices).as(table + " holds members and choices").isFalse();
                List<String> shared = new ArrayList<>(columns(table));
                shared.retainAll(voteColumns);
                assertThat(shared).as(table + " shares a key with the votes").containsOnly("meeting_id");
            }
            if (holdsChoices) {
                assertThat(table).isEqualTo("committee_vote");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from committee_candidate where meeting_id = ? and approvals is not null",
                Long.class, meetingId)).as("no totals stored before closing").isZero();
        String in = String.join(",", members.stream().map(m -> "'" + m + "'").toList());
        assertThat(jdbc.queryForObject("select count(*) from act_hi_identitylink where user_id_ in (" + in + ")", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst where assignee_ in (" + in + ")", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where text_ in (" + in + ")", Long.class)).isZero();
    }

    /** The audit says a ballot was cast, by whom, never what. */
    private void assertAuditNamesNoChoice(long meetingId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from audit_event where entity_type = ? and entity_id = ?",
                CommitteeService.AUDIT_TYPE, meetingId);
        for (Map<String, Object> row : rows) {
            String text = String.valueOf(row.get("before_state")) + row.get("after_state") + row.get("detail");
            assertThat(text).doesNotContain("APPROVE", "REJECT", "ABSTAIN", "赞成", "反对", "弃权");
            if ("BALLOT_CAST".equals(row.get("action"))) {
                assertThat(row.get("before_state")).isNull();
                assertThat(row.get("after_state")).isNull();
                assertThat(row.get("detail")).isNull();
            }
        }
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_schema = current_schema() and table_name = ?",
                String.class, table);
    }

    private String pdfText(long meetingId) throws IOException {
        byte[] pdf = renderer.render(committee.resultSheet(meetingId));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<CommitteeService.BallotEntry> ballot(Map<Long, Choice> byApplication, Map<Long, Long> candidateOf) {
        return byApplication.entrySet().stream()
                .map(e -> new CommitteeService.BallotEntry(candidateOf.get(e.getKey()), e.getValue(), null)).toList();
    }
}
