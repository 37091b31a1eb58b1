package org.brandaward.workflow;

import java.time.Instant;

/**
 * An open user task assigned to someone by name (an expert's), for oversight: {@code key} is the BPMN task id,
 * {@code due} its due date, or null when the model gives it none.
 */
public record AssignedTask(String id, String key, String assignee, long applicationId, Instant due) {
}
