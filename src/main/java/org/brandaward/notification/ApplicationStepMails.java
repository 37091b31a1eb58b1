package org.brandaward.notification;

import org.brandaward.application.ApplicationStepRecorded;
import org.brandaward.application.SupplementService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The applicant hears of a supplement request (补正: what to fix, by when) and of its round's outcome when the list is
 * published (listed or not).
 */
@Component
class ApplicationStepMails {

    private final Applicants applicants;
    private final SupplementService supplements;

    ApplicationStepMails(Applicants applicants, SupplementService supplements) {
        this.applicants = applicants;
        this.supplements = supplements;
    }

    @EventListener
    void on(ApplicationStepRecorded step) {
        switch (step.action()) {
            case "SUPPLEMENT_REQUESTED" -> AsEngine.run(() -> supplements.openSupplement(step.applicationId()).ifPresent(request ->
                    applicants.write(MailKind.SUPPLEMENT_REQUESTED, step.applicationId(), request.getDeadline().toString(),
                            request.getItems())));
            case "LIST_APPROVED", "LIST_RECOMMENDED" -> AsEngine.run(() ->
                    applicants.write(MailKind.OUTCOME_LISTED, step.applicationId(), nullToEmpty(step.reason())));
            case "LIST_NOT_APPROVED" -> AsEngine.run(() ->
                    applicants.write(MailKind.OUTCOME_NOT_LISTED, step.applicationId(), nullToEmpty(step.reason())));
            default -> {
                // no mail for the other steps: the applicant reads them on its timeline
            }
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
