package org.brandaward.publication;

import java.util.List;

/** The list the office approves: the round's candidates left after the committee and the public notice, in rank order. */
public record FinalList(long roundId, String programmeId, int year, List<Candidate> candidates) {

    /**
     * @param tier       the tier id of the programme (quality awards), or null
     * @param individual whether the candidate is a person (个人申报), who is given a bonus
     */
    public record Candidate(long applicationId, String organisation, String subject, String cityCode, String tier, boolean individual) {
    }
}
