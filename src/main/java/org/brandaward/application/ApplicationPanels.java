package org.brandaward.application;

import org.brandaward.organisation.Divisions;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.RoundService;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.function.BiConsumer;

/** Builds {@link ApplicationPanel}s for the task views of other features, with the reader's access checked. */
@Component
public class ApplicationPanels {

    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final Divisions divisions;

    ApplicationPanels(ApplicationService applications, AttachmentService attachments, OrganisationService organisations,
                      RoundService rounds, Divisions divisions) {
        this.divisions = divisions;
        this.applications = applications;
        this.attachments = attachments;
        this.organisations = organisations;
        this.rounds = rounds;
    }

    /** The supplement request (补正) part of a reviewing task view, offering the application's own form sections. */
    public SupplementRequestSection supplementRequest(long applicationId, BiConsumer<Set<FormSection>, String> request) {
        Application application = applications.get(applicationId);
        ProgrammeDescriptor programme = rounds.programmeOf(rounds.get(application.getRoundId()));
        return new SupplementRequestSection(FormSections.reopenable(programme, application.getApplicantKind()), request);
    }

    /**
     * The application as the signed-in user may see it: blind for an expert where the programme reviews blind, with
     * the attachments they may read; the office may set or withdraw each attachment's anonymised mark.
     */
    public ApplicationPanel of(long applicationId) {
        Application application = applications.get(applicationId);
        ProgrammeDescriptor programme = rounds.programmeOf(rounds.get(application.getRoundId()));
        BiConsumer<Attachment, Boolean> mark = CurrentUser.hasRole(Roles.OFFICE) ? (attachment, anonymised) -> {
            attachments.markAnonymised(attachment.getId(), anonymised);
            Messages.success(anonymised ? "attachment.markedAnonymised" : "attachment.markedNotAnonymised", attachment.getFileName());
        } : null;
        Organisation organisation = organisations.byIdUnchecked(application.getOrganisationId());
        return new ApplicationPanel(application, organisation, divisions.pathOf(organisation.getDivisionCode()), programme,
                attachments.of(applicationId), applications.readsBlind(application), mark);
    }
}
