package org.brandaward.workflow;

import org.brandaward.Fixture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

/** The tasks and timers of an application's processes. */
@Fixture
public class WorkflowFixtures {

    private final WorkflowService workflow;
    private final RuntimeService runtime;
    private final ManagementService management;

    WorkflowFixtures(WorkflowService workflow, RuntimeService runtime, ManagementService management) {
        this.workflow = workflow;
        this.runtime = runtime;
        this.management = management;
    }

    /** The id of the open task {@code key} of an application, as the signed-in role sees it in its inbox. */
    public String task(long applicationId, String key) {
        return workflow.inbox().stream().filter(t -> t.applicationId() == applicationId && t.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no open task " + key + " for application " + applicationId)).id();
    }

    /** Fires the due-or-not timers of an application's processes, as the engine would when their day comes. */
    public void fireTimers(long applicationId) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(applicationId)).list().forEach(instance ->
                management.createJobQuery().processInstanceId(instance.getId()).timers().list()
                        .forEach(job -> management.executeJob(job.getId())));
    }
}
