package org.brandaward.committee;

import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.UserAccount;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.review.RankingService;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.sitevisit.SiteVisitService;
import org.brandaward.security.Roles;
import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 评审委员会 — the committee's meeting for a round: the office convenes it, the members vote in secret, the office
 * closes the ballot, resolves an over-full quota and signs the result off, which ends the {@code committee-meeting}
 * process with the passed candidates.
 * <p>
 * Present are the members who cast a ballot (an abstention on every candidate included). The ballot counts when the
 * present reach the quorum share of the members; a candidate passes when the approvals reach the pass share of the
 * present. For programmes with tiers the first tier (质量奖) is given when its votes alone reach the pass share of the
 * present, else the next (提名奖).
 * <p>
 * Secrecy: who voted and what was voted are stored apart (see {@link BallotBox}); before the ballot closes nobody reads
 * any vote, afterwards only totals; the member sees their own choices only on the page where they cast them, right
 * after casting, from the page's memory — they are never stored with the member.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class CommitteeService {

    public static final String AUDIT_TYPE = "COMMITTEE_MEETING";
    public static final String PROCESS = "committee-meeting";
    public static final String MEETING_TASK = "CommitteeMeeting";
    public static final String CANDIDATE_IDS = "candidateIds";
    public static final String TIERS = "tiers";

    /** A meeting as the office and its members see it. */
    public record MeetingSummary(long meetingId, long roundId, String programmeId, int year, LocalDate date,
                                 String status, List<String> members, int ballotsCast, Integer quota, Integer present,
                                 boolean quorumReached, ProgrammeDescriptor.Fraction quorum,
                                 ProgrammeDescriptor.Fraction pass, List<String> tierIds, String resolutionReason,
                                 String signedOffBy, Instant signedOffAt) {
        public boolean ballotOpen() {
            return Meeting.Status.BALLOT_OPEN.name().equals(status);
        }

        public boolean signedOff() {
            return Meeting.Status.SIGNED_OFF.name().equals(status);
        }

        public boolean tiered() {
            return !tierIds.isEmpty();
        }
    }

    /** A candidate with its score summary; the totals are null until the ballot is closed. */
    public record CandidateLine(long candidateId, long applicationId, int rank, String applicant, String entry,
                                BigDecimal score, String proposedTier, Integer approvals, Integer rejections,
                                Integer abstentions, Integer firstTierVotes, Integer secondTierVotes, boolean passed,
                                String tier, boolean kept) {
    }

    /** One member's vote on one candidate; the tier only for an approval in a programme with tiers. */
    public record BallotEntry(long candidateId, Choice choice, String tier) {
    }

    /** A committee account the office may call to a meeting. */
    public record Member(String username, String displayName) {
    }

    private final MeetingRepository meetings;
    private final CandidateRepository candidates;
    private final BallotBox box;
    private final RoundService rounds;
    private final RankingService rankings;
    private final UserAccountService accounts;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final SiteVisitService siteVisits;
    private final Clock clock;

    CommitteeService(MeetingRepository meetings, CandidateRepository candidates, BallotBox box, RoundService rounds,
                     RankingService rankings, UserAccountService accounts, WorkflowService workflow, AuditLog audit,
                     SiteVisitService siteVisits, Clock clock) {
        this.meetings = meetings;
        this.candidates = candidates;
        this.box = box;
        this.rounds = rounds;
        this.rankings = rankings;
        this.accounts = accounts;
        this.workflow = workflow;
        this.audit = audit;
        this.siteVisits = siteVisits;
        this.clock = clock;
    }

    /** The round the office's meeting task is about (checking the office may work it). */
    @PreAuthorize("hasRole('OFFICE')")
    public long roundOfTask(String taskId) {
        return workflow.longVariable(taskId, ProcessVariables.ROUND_ID);
    }

    @PreAuthorize("hasRole('OFFICE')")
    public Optional<MeetingSummary> meetingOfRound(long roundId) {
        return meetings.findByRoundId(roundId).map(this::summary);
    }

    /** The committee accounts the office may call. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<Member> committeeAccounts() {
        return accounts.committeeMembers().stream().map(a -> new Member(a.getUsername(), a.getDisplayName())).toList();
    }

    /** The round's candidates as they would be put to the committee: those that finished expert review, in rank order. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<RankingService.Ranked> candidatesOfRound(long roundId) {
        return rankings.ranking(roundId).stream()
                .filter(r -> r.status().awaitsRoundDecision())
                .toList();
    }

    /**
     * Convenes the round's meeting (the office's task {@value #MEETING_TASK}): its date, its members (committee
     * accounts), the candidates with their score summaries and tier proposals; the ballot opens at once.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public MeetingSummary convene(String taskId, LocalDate date, Collection<String> memberUsernames) {
        long roundId = roundOfTask(taskId);
        if (meetings.findByRoundId(roundId).isPresent()) {
            throw new RuleViolationException("committee.alreadyConvened");
        }
        if (date == null) {
            throw new RuleViolationException("committee.dateRequired");
        }
        Set<String> committee = accounts.committeeMembers().stream().map(UserAccount::getUsername).collect(Collectors.toSet());
        Set<String> members = new HashSet<>(memberUsernames == null ? Set.of() : memberUsernames);
        if (members.isEmpty()) {
            throw new RuleViolationException("committee.membersRequired");
        }
        if (!committee.containsAll(members)) {
            throw new RuleViolationException("committee.notCommitteeAccount");
        }
        List<RankingService.Ranked> ranked = candidatesOfRound(roundId);
        if (ranked.isEmpty()) {
            throw new RuleViolationException("committee.noCandidates");
        }
        List<Long> visitsOutstanding = siteVisits.outstandingFor(roundId);
        if (!visitsOutstanding.isEmpty()) {
            // 现场核查 comes before the expert committee wherever the office marked it needed.
            throw new RuleViolationException("committee.siteVisitsOutstanding", visitsOutstanding.size());
        }
        Round round = rounds.get(roundId);
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        checkShare(programme.committeeQuorum());
        checkShare(programme.committeePass());
        Integer quota = round.getQuotas() == null ? null : round.getQuotas().total();
        Meeting meeting = meetings.save(new Meeting(roundId, date, programme.committeeQuorum(), programme.committeePass(), quota,
                CurrentUser.requireUsername()));
        box.addMembers(meeting.getId(), members);
        for (RankingService.Ranked r : ranked) {
            candidates.save(new Candidate(meeting.getId(), r.applicationId(), r.rank(), r.applicant(), r.entry(),
                    r.combined(), r.tier() == null ? null : tierId(r.tier())));
        }
        audit.record(AUDIT_TYPE, meeting.getId(), "CONVENED", null, meeting.getStatus(),
                "round " + roundId + ", " + date + ", " + members.size() + " members, " + ranked.size() + " candidates");
        return summary(meeting);
    }

    /** The meetings the signed-in member was called to, newest first. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public List<MeetingSummary> myMeetings() {
        return box.meetingsOf(CurrentUser.requireUsername()).stream().map(id -> summary(meetings.findById(id).orElseThrow())).toList();
    }

    /** A meeting: the office, or one of its members. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE')")
    public MeetingSummary meeting(long meetingId) {
        return summary(readable(meetingId));
    }

    /** Whether the signed-in member has voted in the meeting. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public boolean haveICast(long meetingId) {
        readable(meetingId);
        return box.hasCast(meetingId, CurrentUser.requireUsername());
    }

    /** The meeting's candidates in rank order, with the totals once the ballot is closed: the office, or a member. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE')")
    public List<CandidateLine> candidates(long meetingId) {
        readable(meetingId);
        return candidates.findByMeetingIdOrderByRank(meetingId).stream().map(CommitteeService::line).toList();
    }

    /**
     * Casts the signed-in member's secret ballot: one entry per candidate. Refused to a non-member, once the ballot is
     * closed, and a second time. Audited as "ballot cast", without the choices.
     */
    @Transactional
    @PreAuthorize("hasRole('COMMITTEE')")
    public void cast(long meetingId, List<BallotEntry> ballot) {
        String username = CurrentUser.requireUsername();
        Meeting meeting = meetings.lock(meetingId).orElseThrow(() -> new RuleViolationException("committee.meetingNotFound"));
        if (!box.isMember(meetingId, username)) {
            throw new AccessDeniedException("not a member of meeting " + meetingId);
        }
        if (!meeting.isBallotOpen()) {
            throw new RuleViolationException("committee.ballotClosed");
        }
        if (box.hasCast(meetingId, username)) {
            throw new RuleViolationException("committee.alreadyCast");
        }
        List<String> tierIds = tierIds(meeting);
        Set<Long> expected = candidates.findByMeetingIdOrderByRank(meetingId).stream().map(Candidate::getId).collect(Collectors.toSet());
        Map<Long, BallotBox.Vote> votes = new HashMap<>();
        for (BallotEntry entry : ballot == null ? List.<BallotEntry>of() : ballot) {
            if (entry.choice() == null || !expected.contains(entry.candidateId()) || votes.containsKey(entry.candidateId())) {
                throw new RuleViolationException("committee.ballotIncomplete");
            }
            String tier = null;
            if (entry.choice() == Choice.APPROVE && !tierIds.isEmpty()) {
                if (entry.tier() == null || !tierIds.contains(entry.tier())) {
                    throw new RuleViolationException("committee.tierRequired");
                }
                tier = entry.tier();
            }
            votes.put(entry.candidateId(), new BallotBox.Vote(entry.candidateId(), entry.choice(), tier));
        }
        if (!votes.keySet().equals(expected)) {
            throw new RuleViolationException("committee.ballotIncomplete");
        }
        box.cast(meetingId, username, new ArrayList<>(votes.values()));
        audit.record(AUDIT_TYPE, meetingId, "BALLOT_CAST", null, null, null);
    }

    /**
     * Closes the ballot and counts it: refused while the members present (who voted) are fewer than the quorum.
     * The single votes are then destroyed; the totals per candidate remain.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public MeetingSummary closeBallot(String taskId) {
        Meeting meeting = lockedOfTask(taskId);
        if (!meeting.isBallotOpen()) {
            throw new RuleViolationException("committee.ballotClosed");
        }
        int members = box.members(meeting.getId()).size();
        int present = box.castCount(meeting.getId());
        if (!meeting.quorum().reachedBy(present, members)) {
            throw new RuleViolationException("committee.noQuorum", present, members);
        }
        List<String> tierIds = tierIds(meeting);
        String firstTier = tierIds.isEmpty() ? null : tierIds.get(0);
        String nextTier = tierIds.isEmpty() ? null : tierIds.get(Math.min(1, tierIds.size() - 1));
        Map<Long, Candidate.Totals> totals = box.count(meeting.getId(), new HashSet<>(tierIds), firstTier);
        for (Candidate candidate : candidates.findByMeetingIdOrderByRank(meeting.getId())) {
            Candidate.Totals t = totals.getOrDefault(candidate.getId(), new Candidate.Totals(0, 0, 0, 0, 0));
            boolean passed = meeting.pass().reachedBy(t.approvals(), present);
            String tier = firstTier == null ? null : meeting.pass().reachedBy(t.firstTierVotes(), present) ? firstTier : nextTier;
            candidate.count(t, passed, tier);
        }
        box.destroyVotes(meeting.getId());
        meeting.close(present, CurrentUser.requireUsername());
        audit.record(AUDIT_TYPE, meeting.getId(), "BALLOT_CLOSED", Meeting.Status.BALLOT_OPEN, meeting.getStatus(),
                present + " of " + members + " members present");
        return summary(meeting);
    }

    /** Whether more candidates passed than the round's quota, so the office must say which are kept. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE')")
    public boolean overQuota(long meetingId) {
        Meeting meeting = readable(meetingId);
        return meeting.getQuota() != null && passed(meeting).size() > meeting.getQuota();
    }

    /**
     * Resolves an over-full quota: the passed candidates kept, at most the quota, chosen by rank — a candidate is left
     * out only if every kept one scores at least as high, so seats may stay empty and a tie at the edge is the
     * office's choice — with the written reason.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void resolveQuota(String taskId, Collection<Long> keptCandidateIds, String reason) {
        Meeting meeting = lockedOfTask(taskId);
        if (meeting.getStatus() != Meeting.Status.BALLOT_CLOSED) {
            throw new RuleViolationException("committee.notClosed");
        }
        List<Candidate> passed = passed(meeting);
        if (meeting.getQuota() == null || passed.size() <= meeting.getQuota()) {
            throw new RuleViolationException("committee.withinQuota");
        }
        String written = Reasons.required(reason, "committee.reasonRequired");
        Set<Long> kept = new HashSet<>(keptCandidateIds == null ? Set.of() : keptCandidateIds);
        Set<Long> passedIds = passed.stream().map(Candidate::getId).collect(Collectors.toSet());
        if (!passedIds.containsAll(kept)) {
            throw new RuleViolationException("committee.keptNotPassed");
        }
        if (kept.size() > meeting.getQuota()) {
            throw new RuleViolationException("committee.keptOverQuota", meeting.getQuota());
        }
        for (Candidate left : passed) {
            if (kept.contains(left.getId())) {
                continue;
            }
            for (Candidate keptOne : passed) {
                if (kept.contains(keptOne.getId()) && score(left).compareTo(score(keptOne)) > 0) {
                    throw new RuleViolationException("committee.keptOutOfRank", left.getRank());
                }
            }
        }
        passed.forEach(c -> c.keep(kept.contains(c.getId())));
        meeting.resolve(written, CurrentUser.requireUsername());
        String detail = "kept applications " + passed.stream().filter(Candidate::isKept).map(Candidate::getApplicationId).toList()
                + " of " + passed.stream().map(Candidate::getApplicationId).toList() + ", quota " + meeting.getQuota()
                + "; reason: " + written;
        audit.record(AUDIT_TYPE, meeting.getId(), "QUOTA_RESOLVED", null, null, detail.length() > 2000 ? detail.substring(0, 2000) : detail);
    }

    /**
     * Signs the result off: records who and when, and ends the meeting's process with the kept candidates in rank order
     * ({@value #CANDIDATE_IDS}) and their tiers ({@value #TIERS}). Refused before the ballot is closed and while an
     * over-full quota is unresolved.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void signOff(String taskId) {
        Meeting meeting = lockedOfTask(taskId);
        if (meeting.getStatus() != Meeting.Status.BALLOT_CLOSED) {
            throw new RuleViolationException("committee.notClosed");
        }
        List<Candidate> passed = passed(meeting);
        if (meeting.getQuota() != null && passed.size() > meeting.getQuota() && meeting.getResolutionReason() == null) {
            throw new RuleViolationException("committee.quotaUnresolved", passed.size(), meeting.getQuota());
        }
        List<Candidate> kept = passed.stream().filter(Candidate::isKept).toList();
        String candidateIds = kept.stream().map(c -> Long.toString(c.getApplicationId())).collect(Collectors.joining(","));
        String tiers = tierIds(meeting).isEmpty() ? ""
                : kept.stream().map(c -> c.getApplicationId() + "=" + c.getTier()).collect(Collectors.joining(","));
        meeting.signOff(CurrentUser.requireUsername(), clock.instant());
        audit.record(AUDIT_TYPE, meeting.getId(), "SIGNED_OFF", Meeting.Status.BALLOT_CLOSED, meeting.getStatus(),
                "candidates " + candidateIds + (tiers.isEmpty() ? "" : ", tiers " + tiers));
        workflow.completeRoundTask(taskId, meeting.getRoundId(), Map.of(CANDIDATE_IDS, ProcessVariables.handOver(candidateIds), TIERS, ProcessVariables.handOver(tiers)));
    }

    /** The data of the result sheet (the office, or a member), once the ballot is closed. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE')")
    public ResultSheet resultSheet(long meetingId) {
        Meeting meeting = readable(meetingId);
        if (meeting.isBallotOpen()) {
            throw new RuleViolationException("committee.notClosed");
        }
        Round round = rounds.get(meeting.getRoundId());
        return new ResultSheet(rounds.programmeOf(round), round.getYear(), summary(meeting), candidates(meetingId),
                meeting.getSignedOffBy() == null ? null : accounts.displayName(meeting.getSignedOffBy()));
    }

    /** What the PDF shows. */
    public record ResultSheet(ProgrammeDescriptor programme, int year, MeetingSummary meeting, List<CandidateLine> candidates,
                       String signedOffByName) {
    }

    private Meeting readable(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new RuleViolationException("committee.meetingNotFound"));
        if (CurrentUser.hasRole(Roles.OFFICE)) {
            return meeting;
        }
        if (CurrentUser.hasRole(Roles.COMMITTEE) && box.isMember(meetingId, CurrentUser.requireUsername())) {
            return meeting;
        }
        throw new AccessDeniedException("meeting " + meetingId);
    }

    private Meeting lockedOfTask(String taskId) {
        long roundId = roundOfTask(taskId);
        Meeting meeting = meetings.findByRoundId(roundId).orElseThrow(() -> new RuleViolationException("committee.notConvened"));
        return meetings.lock(meeting.getId()).orElseThrow();
    }

    private List<Candidate> passed(Meeting meeting) {
        return candidates.findByMeetingIdOrderByRank(meeting.getId()).stream().filter(Candidate::isPassed).toList();
    }

    private List<String> tierIds(Meeting meeting) {
        return rounds.programmeOf(rounds.get(meeting.getRoundId())).tiers().stream().map(CommitteeService::tierId).toList();
    }

    static String tierId(ProgrammeDescriptor.Tier tier) {
        return tier.id().toUpperCase(Locale.ROOT);
    }

    private static BigDecimal score(Candidate candidate) {
        return candidate.getScore() == null ? BigDecimal.ZERO : candidate.getScore();
    }

    private static void checkShare(ProgrammeDescriptor.Fraction share) {
        if (share.numerator() > share.denominator() || share.denominator() < 1) {
            throw new RuleViolationException("committee.badShare");
        }
    }

    private MeetingSummary summary(Meeting meeting) {
        Round round = rounds.get(meeting.getRoundId());
        List<String> members = box.members(meeting.getId());
        int cast = box.castCount(meeting.getId());
        return new MeetingSummary(meeting.getId(), meeting.getRoundId(), round.getProgrammeId(), round.getYear(),
                meeting.getMeetingDate(), meeting.getStatus().name(), members, cast, meeting.getQuota(), meeting.getPresent(),
                meeting.quorum().reachedBy(cast, members.size()), meeting.quorum(), meeting.pass(), tierIds(meeting), meeting.getResolutionReason(),
                meeting.getSignedOffBy(), meeting.getSignedOffAt());
    }

    private static CandidateLine line(Candidate c) {
        return new CandidateLine(c.getId(), c.getApplicationId(), c.getRank(), c.getApplicant(), c.getEntry(), c.getScore(),
                c.getProposedTier(), c.getApprovals(), c.getRejections(), c.getAbstentions(), c.getAwardVotes(),
                c.getNominationVotes(), c.isPassed(), c.getTier(), c.isKept());
    }
}
