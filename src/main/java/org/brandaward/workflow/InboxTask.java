package org.brandaward.workflow;

import java.time.Instant;

/**
 * A user task waiting for someone of the signed-in user's role. {@code key} is the BPMN task id (its label is the
 * message {@code task.<key>}); {@code route} is the Vaadin view that works it. A round's task (审定 of a round's list)
 * has no application: {@link #NO_APPLICATION}, never a real id.
 */
public record InboxTask(String id, String key, String route, long applicationId, Instant created) {

    public static final long NO_APPLICATION = 0;
}
