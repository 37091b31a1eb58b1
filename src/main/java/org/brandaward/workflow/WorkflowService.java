package org.brandaward.workflow;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The one door to the Camunda engine for feature code: start a process for an application, list a role's tasks,
 * complete a task. Keeping engine calls here makes a later move to another Camunda 7 fork a local change.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class WorkflowService {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;

    WorkflowService(RuntimeService runtime, TaskService tasks, RepositoryService repository) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
    }

    /**
     * Starts {@code processKey} for the application; the business key is the application id. The applicant's submission
     * starts the application's process, an expert's decline the review of the expert drawn in their place, the office's
     * credit entry against a title holder the review of that title.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('APPLICANT', 'EXPERT', 'OFFICE') or hasAuthority('ENGINE')")
    public String startApplicationProcess(String processKey, long applicationId) {
        return startApplicationProcess(processKey, applicationId, Map.of());
    }

    /** As above, with further ids or flags the process routes on. */
    @Transactional
    @PreAuthorize("hasAnyRole('APPLICANT', 'EXPERT', 'OFFICE') or hasAuthority('ENGINE')")
    public String startApplicationProcess(String processKey, long applicationId, Map<String, Object> variables) {
        VariableMap all = Variables.fromMap(variables).putValue(ProcessVariables.APPLICATION_ID, applicationId);
        return runtime.startProcessInstanceByKey(processKey, Long.toString(applicationId), all).getId();
    }

    /**
     * Starts {@code processKey} for a round (the back half of a round is one process per round, not per application):
     * business key {@code round-<roundId>}, variable {@code roundId}. The office starts a round's decision.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public String startRoundProcess(String processKey, long roundId) {
        return runtime.startProcessInstanceByKey(processKey, ProcessVariables.roundBusinessKey(roundId),
                Variables.createVariables().putValue(ProcessVariables.ROUND_ID, roundId)).getId();
    }


    /**
     * Starts {@code processKey} under {@code businessKey} (a naming rule of {@link ProcessVariables}, such as a title's);
     * the engine starts the processes that follow a record rather than a user's step.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public String startProcess(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, Variables.fromMap(variables)).getId();
    }

    /**
     * Tells the process {@code businessKey} that {@code messageName} arrived, if it is waiting for it; whether one was.
     * Used by the engine when a record changes (a title renewed or revoked) and the process may already have ended.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public boolean correlateIfWaiting(String messageName, String businessKey) {
        return !runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey).correlateAllWithResult().isEmpty();
    }

    /** Whether a process runs under {@code businessKey}, for the engine and oversight. */
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN') or hasAuthority('ENGINE')")
    public boolean isRunning(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0;
    }

    /**
     * Completes a round's task (one without an application) as the signed-in user, refused unless the user's role may
     * work on it and it is about {@code roundId}; call it inside the transaction that records the decision.
     */
    @Transactional
    public void completeRoundTask(String taskId, long roundId, Map<String, Object> variables) {
        Task task = authorisedTask(taskId);
        if (!Long.valueOf(roundId).equals(tasks.getVariable(task.getId(), ProcessVariables.ROUND_ID))) {
            throw new AccessDeniedException("task " + taskId + " is not about round " + roundId);
        }
        tasks.setAssignee(taskId, CurrentUser.requireUsername());
        tasks.complete(taskId, variables);
    }

    /**
     * Open tasks of the signed-in user: those of its groups (role, and region for a recommender) and those assigned
     * to it by name (an expert's), oldest first.
     */
    public List<InboxTask> inbox() {
        List<String> groups = CurrentUser.groups();
        if (groups.isEmpty()) {
            throw new AccessDeniedException("no role");
        }
        return tasks.createTaskQuery().or().taskCandidateGroupIn(groups).taskAssignee(CurrentUser.requireUsername()).endOr()
                .initializeFormKeys()
                .orderByTaskCreateTime().asc().list().stream()
                .map(this::toInboxTask)
                .toList();
    }

    /** A task the signed-in user's role may work on; refused otherwise. */
    public InboxTask task(String taskId) {
        return toInboxTask(authorisedTask(taskId));
    }

    /** A process variable (an id) of a task the signed-in user's role may work on. */
    public long longVariable(String taskId, String name) {
        return (Long) tasks.getVariable(authorisedTask(taskId).getId(), name);
    }

    /** A process variable (a name or a flag) of a task the signed-in user may work on. */
    public String stringVariable(String taskId, String name) {
        return (String) tasks.getVariable(authorisedTask(taskId).getId(), name);
    }

    /** A round's hand-over variable ({@link ProcessVariables#handOver}) of a task the signed-in user may work on. */
    public String handOverVariable(String taskId, String name) {
        return ProcessVariables.handOverText(tasks.getVariable(authorisedTask(taskId).getId(), name));
    }

    /** A process variable (an id) of a task the signed-in user's role may work on, empty when its process has none. */
    public java.util.Optional<Long> optionalLongVariable(String taskId, String name) {
        return tasks.getVariable(authorisedTask(taskId).getId(), name) instanceof Long id ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    /** Whether a process model with this key is deployed, so applications can run through it. */
    public boolean isDeployed(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).count() > 0;
    }

    /** Open tasks of an application, for tests and oversight. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN') or hasAuthority('ENGINE')")
    public List<String> openTaskKeys(long applicationId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId)).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    /**
     * Open tasks assigned by name to any of {@code assignees} (experts), with their due dates, earliest due first, for
     * the office's oversight (its experts' workload).
     */
    @PreAuthorize("hasRole('OFFICE') or hasAuthority('ENGINE')")
    public List<AssignedTask> openTasksAssignedTo(Collection<String> assignees) {
        if (assignees.isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().taskAssigneeIn(assignees.toArray(String[]::new)).orderByDueDate().asc().list().stream()
                .map(task -> new AssignedTask(task.getId(), task.getTaskDefinitionKey(), task.getAssignee(), applicationIdOf(task),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant()))
                .toList();
    }

    /** Open tasks {@code taskKey} assigned by name and due before {@code before}, for the reminders before a deadline. */
    @PreAuthorize("hasAuthority('ENGINE')")
    public List<AssignedTask> openAssignedTasksDueBefore(String taskKey, Instant before) {
        return tasks.createTaskQuery().taskDefinitionKey(taskKey).taskAssigned().dueBefore(Date.from(before)).orderByDueDate().asc()
                .list().stream()
                .map(task -> new AssignedTask(task.getId(), task.getTaskDefinitionKey(), task.getAssignee(), applicationIdOf(task),
                        task.getDueDate().toInstant()))
                .toList();
    }

    /**
     * Completes the task as the signed-in user. Call it from the feature service that records the decision,
     * inside that service's transaction, so the decision and the process step commit together.
     */
    @Transactional
    public void complete(String taskId, long applicationId, Map<String, Object> flags) {
        Task task = authorisedTask(taskId);
        if (applicationIdOf(task) != applicationId) {
            throw new AccessDeniedException("task " + taskId + " is not about application " + applicationId);
        }
        tasks.setAssignee(taskId, CurrentUser.requireUsername());
        tasks.complete(taskId, flags);
    }

    /** Completes the open task {@code taskKey} of an application, as the signed-in user, with the same checks. */
    @Transactional
    public void completeOpenTask(long applicationId, String taskKey, Map<String, Object> flags) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId)).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new RuleViolationException("task.notFound");
        }
        complete(task.getId(), applicationId, flags);
    }

    /** Tells the application's process waiting for {@code messageName} that it arrived. */
    @Transactional
    @PreAuthorize("hasAnyRole('EXPERT', 'OFFICE') or hasAuthority('ENGINE')")
    public void correlate(String messageName, long applicationId) {
        correlate(messageName, applicationId, Map.of());
    }

    /** As above, with routing flags the process goes on with. */
    @Transactional
    @PreAuthorize("hasAnyRole('EXPERT', 'OFFICE') or hasAuthority('ENGINE')")
    public void correlate(String messageName, long applicationId, Map<String, Object> flags) {
        runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(Long.toString(applicationId))
                .setVariables(flags).correlate();
    }

    /** Whether the application's process waits at the activity {@code activityId}. */
    @PreAuthorize("hasRole('OFFICE') or hasAuthority('ENGINE')")
    public boolean waitsAt(long applicationId, String activityId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(Long.toString(applicationId)).activityId(activityId).count() > 0;
    }

    /** Whether a process {@code processKey} of the application (its own or one it called) is still running. */
    @PreAuthorize("hasRole('OFFICE') or hasAuthority('ENGINE')")
    public boolean isRunning(String processKey, long applicationId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(Long.toString(applicationId)).count() > 0;
    }

    /** Completes the open task {@code taskKey} of the application assigned by name to the signed-in expert {@code username}. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT') and #username == authentication.name")
    public void completeTaskOf(long applicationId, String taskKey, String username, Map<String, Object> flags) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId)).taskDefinitionKey(taskKey)
                .taskAssignee(username).singleResult();
        if (task == null) {
            throw new RuleViolationException("task.notFound");
        }
        tasks.complete(task.getId(), flags);
    }

    private Task authorisedTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new RuleViolationException("task.notFound");
        }
        if (task.getAssignee() != null && task.getAssignee().equals(CurrentUser.username())) {
            return task;
        }
        boolean allowed = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && link.getGroupId() != null && CurrentUser.groups().contains(link.getGroupId()));
        if (!allowed) {
            throw new AccessDeniedException("task " + taskId);
        }
        return task;
    }

    private InboxTask toInboxTask(Task task) {
        return new InboxTask(task.getId(), task.getTaskDefinitionKey(), task.getFormKey(), applicationIdOf(task), task.getCreateTime().toInstant());
    }

    /** The task's application, or {@link InboxTask#NO_APPLICATION} for a round's task. */
    private long applicationIdOf(Task task) {
        return tasks.getVariable(task.getId(), ProcessVariables.APPLICATION_ID) instanceof Long id ? id : InboxTask.NO_APPLICATION;
    }
}
