package org.brandaward.notification;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.SupplementRequest;
import org.brandaward.application.SupplementService;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.review.ReviewService;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.workflow.AssignedTask;
import org.brandaward.workflow.BusinessCalendar;
import org.brandaward.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Deadline near: {@value #WORKING_DAYS_BEFORE} working days before a deadline that a timer or a due date already
 * holds, the one who must act hears of it once — the applicant before its supplement deadline (the supplement's
 * withdrawal timer), the expert before its scoring is due (the scoring task's due date). A scan rather than more BPMN
 * timers: the deadlines stay where they are, and a reminder's key in the outbox keeps it to one per deadline.
 * <p>
 * Every node scans; the scans take one transaction-scoped advisory lock, so a second node's scan waits for the first
 * one's commit and then finds its reminders in the outbox (no failed insert on the unique key, no error logged).
 */
@Component
class DeadlineReminders {

    static final int WORKING_DAYS_BEFORE = 2;
    /** The advisory lock key of the scan (any constant no other advisory lock uses). */
    static final long SCAN_LOCK = 0x6272616e6452656dL;
    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final SupplementService supplements;
    private final WorkflowService workflow;
    private final ApplicationService applications;
    private final RoundService rounds;
    private final UserAccountService accounts;
    private final BusinessCalendar calendar;
    private final Applicants applicants;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeadlineReminders(SupplementService supplements, WorkflowService workflow, ApplicationService applications, RoundService rounds,
                      UserAccountService accounts, BusinessCalendar calendar, Applicants applicants, Outbox outbox,
                      PlatformTransactionManager transactions, JdbcTemplate jdbc, Clock clock) {
        this.supplements = supplements;
        this.workflow = workflow;
        this.applications = applications;
        this.rounds = rounds;
        this.accounts = accounts;
        this.calendar = calendar;
        this.applicants = applicants;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${brand-award.mail.first-reminders-after:PT5M}", fixedDelayString = "${brand-award.mail.reminders-every:PT1H}")
    void remindOnSchedule() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("Deadline reminders failed", e);
        }
    }

    /** Writes the reminders due now that are not in the outbox yet. */
    void remind() {
        AsEngine.run(() -> transaction.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", SCAN_LOCK);
            LocalDate lastDay = calendar.addWorkingDays(LocalDate.now(clock), WORKING_DAYS_BEFORE);
            for (SupplementRequest request : supplements.openDueBy(lastDay)) {
                applicants.writeOnce(MailKind.SUPPLEMENT_DEADLINE_NEAR, request.getApplicationId(), "supplement-deadline:" + request.getId(),
                        request.getDeadline().toString());
            }
            var endOfLastDay = lastDay.plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
            for (AssignedTask task : workflow.openAssignedTasksDueBefore(ReviewService.SCORING_TASK, endOfLastDay)) {
                remindExpert(task);
            }
        }));
    }

    private void remindExpert(AssignedTask task) {
        accounts.mailRecipient(task.assignee()).ifPresent(account -> {
            Application application = applications.byIdUnchecked(task.applicationId());
            Round round = rounds.get(application.getRoundId());
            MailRecipient to = MailRecipient.ofAccount(account.getUsername(), account.getEmail().orElse(null), account.getLocale());
            outbox.addOnce(MailKind.SCORING_DEADLINE_NEAR, to, "scoring-deadline:" + task.id() + ":" + account.getUsername(),
                    rounds.programmeOf(round).name(to.locale()), String.valueOf(round.getYear()),
                    task.due().atZone(ClockConfiguration.ZONE).toLocalDate().toString());
        });
    }
}
