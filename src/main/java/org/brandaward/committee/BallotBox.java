package org.brandaward.committee;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The meeting's members, who has voted and the votes — three tables that share no key. A vote row holds the meeting,
 * the candidate, the choice and the tier: no member, no time, a random UUID. Every ballot shakes the box: all vote
 * rows of the meeting are written again, with new UUIDs and in random order, in the ballot's transaction, so neither
 * the rows' order on disk nor the transaction that wrote them ({@code xmin}) tells which ballot a row came from.
 * Called by {@link CommitteeService} inside its transactions only.
 */
@Component
class BallotBox {

    /** A vote as stored: whose it is is not part of it. */
    record Vote(long candidateId, Choice choice, String tier) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    BallotBox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addMembers(long meetingId, Collection<String> usernames) {
        for (String username : usernames) {
            jdbc.sql("insert into committee_member (meeting_id, username) values (?, ?)").params(meetingId, username).update();
        }
    }

    List<String> members(long meetingId) {
        return jdbc.sql("select username from committee_member where meeting_id = ? order by username")
                .param(meetingId).query(String.class).list();
    }

    boolean isMember(long meetingId, String username) {
        return jdbc.sql("select count(*) from committee_member where meeting_id = ? and lower(username) = lower(?)")
                .params(meetingId, username).query(Long.class).single() > 0;
    }

    List<Long> meetingsOf(String username) {
        return jdbc.sql("select meeting_id from committee_member where lower(username) = lower(?) order by meeting_id desc")
                .param(username).query(Long.class).list();
    }

    boolean hasCast(long meetingId, String username) {
        return jdbc.sql("select count(*) from committee_ballot_cast where meeting_id = ? and lower(username) = lower(?)")
                .params(meetingId, username).query(Long.class).single() > 0;
    }

    int castCount(long meetingId) {
        return jdbc.sql("select count(*) from committee_ballot_cast where meeting_id = ?").param(meetingId).query(Integer.class).single();
    }

    /** Records that the member voted, and the votes apart from it: the box's earlier votes and these, shuffled. */
    void cast(long meetingId, String username, List<Vote> votes) {
        jdbc.sql("insert into committee_ballot_cast (meeting_id, username) values (?, ?)").params(meetingId, username).update();
        List<Vote> shuffled = new ArrayList<>(jdbc.sql("select candidate_id, choice, tier from committee_vote where meeting_id = ?")
                .param(meetingId)
                .query((row, n) -> new Vote(row.getLong("candidate_id"), Choice.valueOf(row.getString("choice")), row.getString("tier")))
                .list());
        destroyVotes(meetingId);
        shuffled.addAll(votes);
        Collections.shuffle(shuffled, random);
        for (Vote vote : shuffled) {
            jdbc.sql("insert into committee_vote (id, meeting_id, candidate_id, choice, tier) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), meetingId, vote.candidateId(), vote.choice().name(), vote.tier()).update();
        }
    }

    /** Per candidate, per choice and tier, how many votes; the individual votes are not returned. */
    Map<Long, Candidate.Totals> count(long meetingId, Set<String> tierIds, String firstTier) {
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("select candidate_id, choice, tier, count(*) as n from committee_vote where meeting_id = ? group by candidate_id, choice, tier")
                .param(meetingId).query(row -> {
                    int[] c = counts.computeIfAbsent(row.getLong("candidate_id"), id -> new int[5]);
                    int n = row.getInt("n");
                    switch (Choice.valueOf(row.getString("choice"))) {
                        case APPROVE -> {
                            c[0] += n;
                            String tier = row.getString("tier");
                            if (tier != null && tier.equals(firstTier)) {
                                c[3] += n;
                            } else if (tier != null && tierIds.contains(tier)) {
                                c[4] += n;
                            }
                        }
                        case REJECT -> c[1] += n;
                        case ABSTAIN -> c[2] += n;
                    }
                });
        Map<Long, Candidate.Totals> totals = new HashMap<>();
        counts.forEach((id, c) -> totals.put(id, new Candidate.Totals(c[0], c[1], c[2], c[3], c[4])));
        return totals;
    }

    /** Once counted, the single votes go: the totals are all that is kept. */
    void destroyVotes(long meetingId) {
        jdbc.sql("delete from committee_vote where meeting_id = ?").param(meetingId).update();
    }
}
