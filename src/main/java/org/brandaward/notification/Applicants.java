package org.brandaward.notification;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.organisation.UserAccount;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Writes to the accounts of the organisation behind an application, each in its own language, with the facts every
 * such mail begins with: programme, round year, and what the application is for. Call as the engine.
 */
@Component
class Applicants {

    private final ApplicationService applications;
    private final RoundService rounds;
    private final UserAccountService accounts;
    private final Outbox outbox;

    Applicants(ApplicationService applications, RoundService rounds, UserAccountService accounts, Outbox outbox) {
        this.applications = applications;
        this.rounds = rounds;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    /** One mail per account of the applicant; {@code more} follow the three common facts ({3}, {4}, ...). */
    void write(MailKind kind, long applicationId, Object... more) {
        writeOnce(kind, applicationId, null, more);
    }

    /** As {@link #write}, once per {@code dedupeKey} and account. */
    void writeOnce(MailKind kind, long applicationId, String dedupeKey, Object... more) {
        Application application = applications.byIdUnchecked(applicationId);
        Round round = rounds.get(application.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        List<UserAccount> recipients = accounts.mailRecipientsOfOrganisation(application.getOrganisationId());
        for (UserAccount account : recipients) {
            MailRecipient to = MailRecipient.ofAccount(account.getUsername(), account.getEmail().orElse(null), account.getLocale());
            outbox.addOnce(kind, to, dedupeKey == null ? null : dedupeKey + ":" + account.getUsername(),
                    facts(programme, round, application, to.locale(), more));
        }
    }

    private static Object[] facts(ProgrammeDescriptor programme, Round round, Application application, Locale locale, Object[] more) {
        Object[] facts = new Object[3 + more.length];
        facts[0] = programme.name(locale);
        // Strings, not numbers: MessageFormat would print the year as 2,080.
        facts[1] = String.valueOf(round.getYear());
        facts[2] = application.subject() == null ? "" : application.subject();
        System.arraycopy(more, 0, facts, 3, more.length);
        return facts;
    }
}
