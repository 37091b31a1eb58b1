package org.brandaward.reliability;

import org.brandaward.programme.Round;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

/** Public notices (公示) opened in the test context, whose closing timers a node fires. */
final class Notices {

    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    Notices(RuntimeService runtime, JdbcClient jdbc) {
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    record Opened(String processInstanceId, long noticeId) {
    }

    /**
     * A provincial notice of one candidate of the round, waiting at its timer; answers its process and notice. The
     * variables are the process's documented inputs (bpmn/public-notice.bpmn).
     */
    Opened open(Round round, long applicationId) {
        String process = SignIn.asEngine(() -> runtime.startProcessInstanceByKey("public-notice",
                ProcessVariables.roundBusinessKey(round.getId()), Map.of("noticeScope", "PROVINCE",
                        "roundId", round.getId(), "candidateIds", Long.toString(applicationId)))
                .getId());
        long notice = jdbc.sql("select id from notice where process_instance_id = ?").param(process).query(Long.class).single();
        return new Opened(process, notice);
    }

    /** The notice's period is over now: its timer is due, for whichever node's job executor looks first. */
    void periodOver(Opened notice) {
        int timers = jdbc.sql("update act_ru_job set duedate_ = now() - interval '1 minute' where process_instance_id_ = ? and type_ = 'timer'")
                .param(notice.processInstanceId()).update();
        if (timers != 1) {
            throw new IllegalStateException("notice " + notice.noticeId() + " waits at " + timers + " timers, not one");
        }
    }

    String status(Opened notice) {
        return jdbc.sql("select status from notice where id = ?").param(notice.noticeId()).query(String.class).single();
    }

    long audited(Opened notice, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'NOTICE' and entity_id = ? and action = ?")
                .params(notice.noticeId(), action).query(Long.class).single();
    }

    /** Rows the engine still keeps of the process: executions, jobs and incidents (none once it ended cleanly). */
    long engineRowsLeft(Opened notice) {
        return jdbc.sql("""
                        select (select count(*) from act_ru_execution where proc_inst_id_ = :p)
                             + (select count(*) from act_ru_job where process_instance_id_ = :p)
                             + (select count(*) from act_ru_incident where proc_inst_id_ = :p)""")
                .param("p", notice.processInstanceId()).query(Long.class).single();
    }
}
