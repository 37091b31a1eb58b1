package org.brandaward.review;

import org.brandaward.shared.ClockConfiguration;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.Divisions;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.brandaward.workflow.AssignedTask;
import org.brandaward.workflow.InboxNotices;
import org.brandaward.workflow.WorkflowService;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 专家工作量 — the office's oversight of the expert pool: per expert, what they were drawn for, declared, declined and
 * scored, what is still open and how much of it is past its due date; and the seats of a review no expert was left to
 * fill. The office reminds (催办) an expert who has open work: the reminder is stored and audited, and the expert reads
 * it at the top of their task inbox.
 * There is no e-mail or SMS gateway on these machines, so a reminder never leaves the application.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class ExpertWorkloadService implements InboxNotices {

    /** Keyed by expert: the office reminded them. */
    static final String REMINDER_AUDIT_TYPE = "EXPERT_REMINDER";
    /** How many reminders about work still open the expert's inbox shows, newest first. */
    static final int INBOX_REMINDERS = 3;
    /** How far back the inbox looks for reminders about work still open. */
    private static final int INBOX_LOOKBACK = 20;
    /** The expert's own tasks (declaration, scoring, consensus answer); each carries its deadline as the due date. */
    private static final Set<String> EXPERT_TASKS = Set.of(ExpertDrawService.DECLARATION_TASK, ReviewService.SCORING_TASK,
            ReviewService.CONSENSUS_TASK);
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);

    /**
     * One expert of the pool: assignments in all stages, those declared and declined, sheets submitted, assignments
     * drawn or declared whose sheet is not submitted, open tasks past their due date, and the last reminder (or null).
     */
    public record Row(long expertId, String name, String city, String username, int assigned, int declared, int declined,
                      int scored, int open, int overdue, Instant lastReminded) {
    }

    /** A seat of an application's review that stayed empty because the pool had no one left to draw. */
    public record EmptySeat(long applicationId, String productName, ReviewStage stage, Instant recordedAt) {
    }

    private final ExpertRepository experts;
    private final ExpertAssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ExpertReminderRepository reminders;
    private final ApplicationService applications;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final Clock clock;
    private final Divisions divisions;

    ExpertWorkloadService(ExpertRepository experts, ExpertAssignmentRepository assignments, ScoreSheetRepository sheets,
                          ExpertReminderRepository reminders, ApplicationService applications, WorkflowService workflow,
                          AuditLog audit, Clock clock, Divisions divisions) {
        this.divisions = divisions;
        this.experts = experts;
        this.assignments = assignments;
        this.sheets = sheets;
        this.reminders = reminders;
        this.applications = applications;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** The expert's city by name, or the text typed for it before while it is to fix. */
    private String cityName(Expert expert) {
        return expert.isCityToFix() ? expert.getLegacyCity() : divisions.nameOf(expert.getCityCode());
    }

    /** One row per expert of the pool, by city and name, as the pool lists them. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<Row> workload() {
        List<Expert> pool = experts.findAllByOrderByCityCodeAscNameAsc();
        Map<Long, List<ExpertAssignment>> byExpert = assignments.findAll().stream()
                .collect(Collectors.groupingBy(ExpertAssignment::getExpertId));
        List<ScoreSheetRepository.Submitted> submitted = sheets.findSubmitted();
        Set<String> submittedKeys = submitted.stream().map(s -> key(s.getApplicationId(), s.getExpert(), s.getStage()))
                .collect(Collectors.toSet());
        Map<String, Long> scored = submitted.stream().collect(Collectors.groupingBy(ScoreSheetRepository.Submitted::getExpert, Collectors.counting()));
        Map<String, Long> overdue = overdueTasks(pool.stream().map(Expert::getUsername).filter(Objects::nonNull).toList());
        Map<Long, Instant> lastReminded = reminders.findLastSent().stream()
                .collect(Collectors.toMap(ExpertReminderRepository.LastSent::getExpertId, ExpertReminderRepository.LastSent::getSentAt));
        List<Row> rows = new ArrayList<>();
        for (Expert expert : pool) {
            List<ExpertAssignment> own = byExpert.getOrDefault(expert.getId(), List.of());
            String username = expert.getUsername();
            rows.add(new Row(expert.getId(), expert.getName(), cityName(expert), username, own.size(),
                    count(own, ExpertAssignment.Status.DECLARED), count(own, ExpertAssignment.Status.DECLINED),
                    username == null ? 0 : scored.getOrDefault(username, 0L).intValue(),
                    (int) own.stream().filter(a -> isOpen(a, submittedKeys.contains(key(a.getApplicationId(), username, a.getStage())))).count(),
                    username == null ? 0 : overdue.getOrDefault(username, 0L).intValue(),
                    lastReminded.get(expert.getId())));
        }
        return rows;
    }

    /** Every seat left empty for want of experts, newest first, with the application it belongs to. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<EmptySeat> emptySeats() {
        return audit.recordsOf(ExpertDrawService.SEAT_AUDIT_TYPE, ExpertDrawService.SEAT_LEFT_EMPTY).stream()
                .map(event -> new EmptySeat(event.getEntityId(), applications.get(event.getEntityId()).getProductName(),
                        ReviewStage.valueOf(event.getAfterState()), event.getOccurredAt()))
                .toList();
    }

    /**
     * The office reminds an expert of their open work (催办): stored with the applications open now and audited; the
     * expert reads it in their task inbox. Refused when the expert has nothing open.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public ExpertReminder remind(long expertId) {
        Expert expert = experts.findById(expertId).orElseThrow(() -> new RuleViolationException("expert.notFound"));
        List<Long> open = openApplications(openAssignments(expert));
        if (open.isEmpty()) {
            throw new RuleViolationException("workload.nothingOpen", expert.getName());
        }
        ExpertReminder reminder = reminders.save(new ExpertReminder(expertId, CurrentUser.requireUsername(), clock.instant(), open));
        audit.record(REMINDER_AUDIT_TYPE, expertId, "SENT", null, null,
                "reminder " + reminder.getId() + " to " + expert.getName() + ", open applications " + open);
        return reminder;
    }

    /** An expert's reminders, newest first. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<ExpertReminder> remindersOf(long expertId) {
        return reminders.findByExpertIdOrderBySentAtDescIdDesc(expertId, Limit.unlimited());
    }

    /**
     * For a signed-in expert: the latest reminders that still concern open work, each with the applications still
     * open of those it named, and what is open now. Nothing once the work is done, nor for any other role.
     */
    @Override
    public List<Notice> forSignedInUser() {
        if (!CurrentUser.hasRole(Roles.EXPERT)) {
            return List.of();
        }
        Expert expert = experts.findByUsername(CurrentUser.requireUsername()).orElse(null);
        if (expert == null) {
            return List.of();
        }
        List<ExpertAssignment> open = openAssignments(expert);
        Set<Long> openIds = new HashSet<>(openApplications(open));
        List<Notice> notices = new ArrayList<>();
        for (ExpertReminder reminder : reminders.findByExpertIdOrderBySentAtDescIdDesc(expert.getId(), Limit.of(INBOX_LOOKBACK))) {
            List<Long> stillOpen = reminder.getOpenApplications().stream().filter(openIds::contains).toList();
            if (!stillOpen.isEmpty() && notices.size() < INBOX_REMINDERS) {
                notices.add(new Notice("workload.reminderNotice", List.of(SENT.format(reminder.getSentAt()), join(stillOpen))));
            }
        }
        if (!notices.isEmpty()) {
            notices.add(new Notice("workload.openNotice", List.of(count(open, ExpertAssignment.Status.DRAWN),
                    count(open, ExpertAssignment.Status.DECLARED), join(openApplications(open)))));
        }
        return notices;
    }

    /** Assignments drawn or declared whose sheet of that stage is not submitted. */
    private List<ExpertAssignment> openAssignments(Expert expert) {
        return assignments.findByExpertIdOrderById(expert.getId()).stream()
                .filter(a -> isOpen(a, expert.getUsername() != null && sheets
                        .findByApplicationIdAndExpertAndStage(a.getApplicationId(), expert.getUsername(), a.getStage())
                        .map(ScoreSheet::isSubmitted).orElse(false)))
                .toList();
    }

    private static boolean isOpen(ExpertAssignment assignment, boolean submitted) {
        return assignment.getStatus() != ExpertAssignment.Status.DECLINED && !submitted;
    }

    /** The expert's open tasks past their due date by the injected clock, counted per expert. */
    private Map<String, Long> overdueTasks(List<String> usernames) {
        Instant now = clock.instant();
        return workflow.openTasksAssignedTo(usernames).stream()
                .filter(task -> EXPERT_TASKS.contains(task.key()) && task.due() != null && task.due().isBefore(now))
                .collect(Collectors.groupingBy(AssignedTask::assignee, Collectors.counting()));
    }

    private static List<Long> openApplications(List<ExpertAssignment> open) {
        return open.stream().map(ExpertAssignment::getApplicationId).distinct().sorted().toList();
    }

    private static int count(List<ExpertAssignment> assignments, ExpertAssignment.Status status) {
        return (int) assignments.stream().filter(a -> a.getStatus() == status).count();
    }

    private static String key(long applicationId, String expert, ReviewStage stage) {
        return applicationId + "/" + expert + "/" + stage;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }
}
