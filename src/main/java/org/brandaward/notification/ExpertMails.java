package org.brandaward.notification;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.review.ExpertDrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A drawn expert hears that work waits in 待办任务. The mail names the programme, the round and the stage only, never
 * the applicant: the expert sees who applied after declaring no conflict, and not at all in a blind review.
 */
@Component
class ExpertMails {

    private final ApplicationService applications;
    private final RoundService rounds;
    private final UserAccountService accounts;
    private final Outbox outbox;

    ExpertMails(ApplicationService applications, RoundService rounds, UserAccountService accounts, Outbox outbox) {
        this.applications = applications;
        this.rounds = rounds;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    @EventListener
    void on(ExpertDrawn drawn) {
        if (drawn.username() == null) {
            return;
        }
        AsEngine.run(() -> accounts.mailRecipient(drawn.username()).ifPresent(account -> {
            Application application = applications.byIdUnchecked(drawn.applicationId());
            Round round = rounds.get(application.getRoundId());
            MailRecipient to = MailRecipient.ofAccount(account.getUsername(), account.getEmail().orElse(null), account.getLocale());
            outbox.add(MailKind.EXPERT_DRAWN, to, rounds.programmeOf(round).name(to.locale()), String.valueOf(round.getYear()),
                    new StageName(drawn.stage().name()));
        }));
    }
}
