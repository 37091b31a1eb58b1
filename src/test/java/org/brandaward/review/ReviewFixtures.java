package org.brandaward.review;

import org.springframework.jdbc.core.JdbcTemplate;

/** Review states that would take many steps to reach through the services, set straight in the tables. */
final class ReviewFixtures {

    /** The decline reason the fixture rows carry, so a test can tell them from the experts who really took part. */
    static final String FIXTURE = "fixture";

    private ReviewFixtures() {
    }

    /**
     * Every expert of the pool not drawn for the stage of the application counts as drawn before and declined, so the
     * next decline leaves its seat empty: quicker than declining the whole pool one by one, which other tests keep growing.
     */
    static void noExpertLeft(JdbcTemplate jdbc, long applicationId, ReviewStage stage) {
        jdbc.update("""
                insert into expert_assignment (application_id, expert_id, draw_id, stage, leader, status, decline_reason)
                select ?, e.id, (select min(d.id) from expert_draw d where d.application_id = ?), ?, false, 'DECLINED', ?
                from expert e
                where e.id not in (select a.expert_id from expert_assignment a where a.application_id = ? and a.stage = ?)""",
                applicationId, applicationId, stage.name(), FIXTURE, applicationId, stage.name());
    }
}
