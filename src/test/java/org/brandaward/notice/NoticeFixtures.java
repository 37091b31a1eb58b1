package org.brandaward.notice;

import org.brandaward.Fixture;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/** Public notices for tests of other packages: a provincial notice opened on the test clock's day. */
@Fixture
public class NoticeFixtures {

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    NoticeFixtures(RuntimeService runtime, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /** Opens the provincial notice of round {@code roundId} with the one submitted application; answers its candidate's id. */
    public long provincialNoticeOf(long roundId, long applicationId) {
        SignIn.asEngine(() -> runtime.startProcessInstanceByKey("public-notice", ProcessVariables.roundBusinessKey(roundId),
                Map.of(NoticeVariables.SCOPE, "PROVINCE", NoticeVariables.ROUND_ID, roundId, NoticeVariables.CANDIDATE_IDS,
                        Long.toString(applicationId))));
        return jdbc.queryForObject("select id from notice_candidate where application_id = ?", Long.class, applicationId);
    }

    /** The last day of the notice of that candidate. */
    public java.time.LocalDate lastDayOf(long candidateId) {
        return jdbc.queryForObject("select n.last_day from notice n join notice_candidate c on c.notice_id = n.id where c.id = ?",
                java.time.LocalDate.class, candidateId);
    }
}
