package org.brandaward.workflow;

import java.time.Instant;

/**
 * A user task waiting for someone of the signed-in user's role. {@code key} is the BPMN task id (its label is the
 * message {@code task.<key>}); {@code route} is the Vaadin view that works it.
 */
public record InboxTask(String id, String key, String route, long applicationId, Instant created) {
}
