package org.brandaward.notice;

/** The variables of the public-notice process (bpmn/public-notice.bpmn); those crossing processes are plain strings. */
final class NoticeVariables {

    /** In: PROVINCE or CITY. */
    static final String SCOPE = "noticeScope";
    /** In (PROVINCE): the round. A CITY notice takes its round and city from its application. */
    static final String ROUND_ID = "roundId";
    /** In: application ids, comma separated, in rank order; out: those no upheld objection removed. */
    static final String CANDIDATE_IDS = "candidateIds";
    /** Set on opening: the notice, and the moment its period is over (the timer's date). */
    static final String NOTICE_ID = "noticeId";
    static final String NOTICE_ENDS = "noticeEnds";
    /** Routing flag after the period: an objection is still undecided. */
    static final String OBJECTIONS_UNDECIDED = "objectionsUndecided";
    /** Out: an objection was upheld (for CITY: the application leaves). */
    static final String UPHELD = "upheld";

    private NoticeVariables() {
    }

    static java.util.List<Long> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    static String join(java.util.List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
