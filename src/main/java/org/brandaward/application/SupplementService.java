package org.brandaward.application;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.workflow.BusinessCalendar;
import org.brandaward.workflow.WorkflowService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 补正 — a reviewer returns an application for what to fix by a deadline in working days; the applicant changes only
 * the reopened sections and resubmits, or the process withdraws the application when the deadline has passed.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class SupplementService {

    /** The user task in which the applicant answers a supplement request. */
    static final String SUPPLEMENT_TASK = "SupplementApplication";

    private final ApplicationService applications;
    private final SupplementRequestRepository supplements;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final BusinessCalendar calendar;
    private final WorkflowService workflow;
    private final Clock clock;

    SupplementService(ApplicationService applications, SupplementRequestRepository supplements, OrganisationService organisations,
                      RoundService rounds, BusinessCalendar calendar, WorkflowService workflow, Clock clock) {
        this.applications = applications;
        this.supplements = supplements;
        this.organisations = organisations;
        this.rounds = rounds;
        this.calendar = calendar;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * 补正 — returns an application under review to its applicant: only {@code parts} may change, {@code items} says
     * what to fix, and the deadline is the programme's number of working days from today. Called by the reviewing
     * step; the resubmitted application comes back to the same stage. Refused unless {@code taskId} is an open task
     * about this application that the signed-in user may work on (its bureau, the office): a role alone does not
     * return someone else's application.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECOMMENDER', 'OFFICE')")
    public SupplementRequest requestSupplement(String taskId, long applicationId, Set<FormSection> parts, String items) {
        if (workflow.task(taskId).applicationId() != applicationId) {
            throw new AccessDeniedException("task " + taskId + " is not about application " + applicationId);
        }
        if (parts == null || parts.isEmpty()) {
            throw new RuleViolationException("supplement.partsRequired");
        }
        if (items == null || items.isBlank()) {
            throw new RuleViolationException("supplement.itemsRequired");
        }
        if (items.strip().length() > SupplementRequest.ITEMS_MAX) {
            throw new RuleViolationException("supplement.itemsTooLong", SupplementRequest.ITEMS_MAX, items.strip().length());
        }
        Application application = applications.get(applicationId);
        ApplicationStatus stage = application.getStatus();
        if (!stage.isUnderReview()) {
            throw new RuleViolationException("application.wrongStage", stage);
        }
        int workingDays = rounds.programmeOf(rounds.get(application.getRoundId())).supplementWorkingDays();
        LocalDate deadline = calendar.addWorkingDays(LocalDate.now(clock), workingDays);
        SupplementRequest request = supplements.save(new SupplementRequest(applicationId, stage, parts, items.strip(), deadline,
                CurrentUser.requireUsername(), clock.instant()));
        applications.transition(application, ApplicationStatus.SUPPLEMENT_REQUESTED, "SUPPLEMENT_REQUESTED", items.strip());
        return request;
    }

    /** The supplement request the applicant still has to answer, if any. */
    public Optional<SupplementRequest> openSupplement(long applicationId) {
        applications.requireReadable(applicationId);
        return supplements.findFirstByApplicationIdAndResolvedAtIsNullOrderByIdDesc(applicationId);
    }

    /**
     * The applicant answers a supplement request: only the reopened parts are taken from {@code form}, the whole
     * application must then pass the submission rules again, with a fresh pledge.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Application resubmit(long applicationId, ApplicationForm form) {
        Application application = applications.get(applicationId);
        SupplementRequest request = supplements.findFirstByApplicationIdAndResolvedAtIsNullOrderByIdDesc(applicationId)
                .filter(r -> application.getStatus() == ApplicationStatus.SUPPLEMENT_REQUESTED)
                .orElseThrow(() -> new RuleViolationException("supplement.none"));
        ApplicationService.requireUnchangedSince(application, form);
        if (LocalDate.now(clock).isAfter(request.getDeadline())) {
            throw new RuleViolationException("supplement.overdue", request.getDeadline().toString());
        }
        Round round = rounds.get(application.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        ApplicationForm merged = application.toForm();
        for (FormSection section : request.getParts()) {
            FormSections.fieldsOf(section).forEach(field -> merged.set(field.name(), form.get(field.name())));
            if (section == FormSection.FIGURES) {
                FormSections.figureYears(programme, round.getYear()).forEach(year -> merged.replaceFigure(form.figure(year).copy()));
            }
        }
        merged.setPledgeAccepted(form.isPledgeAccepted());
        merged.setPledgeSignatory(form.getPledgeSignatory());
        List<FieldViolation> violations = FormSections.violations(programme, application.getApplicantKind(), round.getYear(), merged);
        violations.addAll(ApplicationService.pledgeViolations(merged, organisations.get(application.getOrganisationId())));
        if (!violations.isEmpty()) {
            throw new ApplicationIncompleteException(violations);
        }
        applications.store(application, merged);
        request.resolve(clock.instant());
        applications.transition(application, request.getReturnedFrom(), "RESUBMITTED", null);
        workflow.completeOpenTask(applicationId, SUPPLEMENT_TASK, Map.of());
        return application;
    }

    /** The open supplement requests due from today to {@code lastDay}, for the reminders before the deadline. */
    @PreAuthorize("hasAuthority('ENGINE')")
    public List<SupplementRequest> openDueBy(LocalDate lastDay) {
        return supplements.findByResolvedAtIsNullAndDeadlineBetweenOrderById(LocalDate.now(clock), lastDay);
    }

    /** The supplement deadline passed: the process withdraws the application (no signed-in user). */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public void withdrawOverdue(long applicationId) {
        applications.recordStep(applicationId, ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.WITHDRAWN, "WITHDRAWN", null);
        supplements.findFirstByApplicationIdAndResolvedAtIsNullOrderByIdDesc(applicationId).ifPresent(r -> r.resolve(clock.instant()));
    }

    /** Whether the signed-in applicant may change attachments now: in a draft, or when a supplement asks for them. */
    Application ownWithEditableAttachments(long applicationId) {
        Application application = applications.get(applicationId);
        boolean reopened = application.getStatus() == ApplicationStatus.SUPPLEMENT_REQUESTED
                && supplements.findFirstByApplicationIdAndResolvedAtIsNullOrderByIdDesc(applicationId)
                .map(r -> r.getParts().contains(FormSection.ATTACHMENTS)).orElse(false);
        if (application.getStatus() != ApplicationStatus.DRAFT && !reopened) {
            throw new RuleViolationException("application.notDraft");
        }
        return application;
    }
}
