package org.brandaward.application;

import org.brandaward.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.CreditRecordService;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class ApplicationService {

    public static final String AUDIT_TYPE = "APPLICATION";
    /** The sales figures cover the three years before the round's year. */
    static final int FIGURE_YEARS = 3;

    private final ApplicationRepository applications;
    private final OrganisationService organisations;
    private final CreditRecordService credit;
    private final UserAccountService accounts;
    private final RoundService rounds;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, OrganisationService organisations, CreditRecordService credit,
                       UserAccountService accounts, RoundService rounds, WorkflowService workflow, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.organisations = organisations;
        this.credit = credit;
        this.accounts = accounts;
        this.rounds = rounds;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Application createDraft(long roundId) {
        long organisationId = organisations.currentOrganisationId();
        Round round = openRound(roundId);
        Application application = applications.save(new Application(round.getId(), organisationId, clock.instant()));
        audit.record(AUDIT_TYPE, application.getId(), "CREATED", null, application.getStatus(), null);
        return application;
    }

    /** Stores whatever the applicant has typed so far; a draft is never refused for being incomplete. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Application saveDraft(long applicationId, ApplicationForm form) {
        Application application = ownDraft(applicationId);
        application.update(form, firstFigureYear(application));
        audit.record(AUDIT_TYPE, applicationId, "DRAFT_SAVED", application.getStatus(), application.getStatus(), null);
        return application;
    }

    /** Submits the application and starts its programme's process; refused, with every failing field named, if incomplete. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Application submit(long applicationId, ApplicationForm form) {
        Application application = ownDraft(applicationId);
        Organisation organisation = organisations.get(application.getOrganisationId());
        List<FieldViolation> violations = violations(form);
        violations.addAll(pledgeViolations(form, organisation));
        if (!violations.isEmpty()) {
            throw new ApplicationIncompleteException(violations);
        }
        Round round = openRound(application.getRoundId());
        String creditCode = organisation.getCreditCode();
        credit.activeVeto(creditCode).ifPresent(record -> {
            throw new RuleViolationException("application.creditVeto", record.getSource(), record.getListedOn().toString(), record.getReason());
        });
        application.update(form, firstFigureYear(application));
        String processKey = rounds.programmeOf(round).processKey();
        application.submitted(workflow.startApplicationProcess(processKey, applicationId), form.getPledgeSignatory().strip(), clock.instant());
        transition(application, ApplicationStatus.SUBMITTED, "SUBMITTED", null);
        return application;
    }

    /**
     * Records the outcome of a step of the process. Called by the service that owns the step (eligibility, review,
     * publication), inside its transaction; refused when the application is not where the step expects it.
     */
    @Transactional
    public Application recordStep(long applicationId, ApplicationStatus expected, ApplicationStatus next, String action, String reason) {
        Application application = find(applicationId);
        if (application.getStatus() != expected) {
            throw new RuleViolationException("application.wrongStage", application.getStatus());
        }
        transition(application, next, action, reason);
        return application;
    }

    /** The application, if the signed-in user may read it: an applicant only its own organisation's. */
    public Application get(long applicationId) {
        Application application = find(applicationId);
        if (CurrentUser.hasRole(Roles.APPLICANT) && application.getOrganisationId() != organisations.currentOrganisationId()) {
            throw new AccessDeniedException("application " + applicationId);
        }
        return application;
    }

    /** Every recorded step of the application, oldest first, with the acting role instead of the person. */
    public List<TimelineEntry> timeline(long applicationId) {
        get(applicationId);
        return audit.history(AUDIT_TYPE, applicationId).stream()
                .map(e -> new TimelineEntry(e.getOccurredAt(), e.getAction(), accounts.roleOf(e.getActor()).orElse(null), e.getDetail()))
                .toList();
    }

    public ApplicationForm formOf(long applicationId) {
        return get(applicationId).toForm();
    }

    /** How many applications of a round stand at each stage, in the order of the stages. */
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN')")
    public Map<ApplicationStatus, Long> countsByStatus(long roundId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        applications.countByStatus(roundId).forEach(c -> counts.put(c.getStatus(), c.getCount()));
        return counts;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    public List<Application> mine() {
        return organisations.currentOrganisation()
                .map(o -> applications.findByOrganisationIdOrderByIdDesc(o.getId()))
                .orElse(List.of());
    }

    static List<FieldViolation> violations(ApplicationForm form) {
        List<FieldViolation> violations = new ArrayList<>();
        requireText(violations, "productName", form.getProductName());
        requireText(violations, "trademark", form.getTrademark());
        String[] salesFields = {"salesYear1", "salesYear2", "salesYear3"};
        BigDecimal[] sales = form.sales();
        for (int i = 0; i < sales.length; i++) {
            if (sales[i] == null) {
                violations.add(new FieldViolation(salesFields[i], "validation.required"));
            } else if (sales[i].signum() < 0) {
                violations.add(new FieldViolation(salesFields[i], "validation.notNegative"));
            }
        }
        return violations;
    }

    /** The pledge is accepted and signed by the organisation's legal representative, by name. */
    static List<FieldViolation> pledgeViolations(ApplicationForm form, Organisation organisation) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!form.isPledgeAccepted()) {
            violations.add(new FieldViolation("pledgeAccepted", "application.pledgeRequired"));
        }
        String signatory = form.getPledgeSignatory() == null ? "" : form.getPledgeSignatory().strip();
        if (!signatory.equals(organisation.getLegalRepresentative())) {
            violations.add(new FieldViolation("pledgeSignatory", "application.pledgeSignatory"));
        }
        return violations;
    }

    private static void requireText(List<FieldViolation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "validation.required"));
        } else if (value.strip().length() > ApplicationForm.TEXT_MAX) {
            violations.add(new FieldViolation(field, "validation.tooLong"));
        }
    }

    private void transition(Application application, ApplicationStatus next, String action, String reason) {
        ApplicationStatus before = application.getStatus();
        application.moveTo(next, reason);
        audit.record(AUDIT_TYPE, application.getId(), action, before, next, reason);
    }

    /** The signed-in applicant's own application, refused unless it is still a draft. */
    Application ownDraft(long applicationId) {
        Application application = get(applicationId);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new RuleViolationException("application.notDraft");
        }
        return application;
    }

    private Round openRound(long roundId) {
        Round round = rounds.get(roundId);
        if (!round.acceptsApplicationsOn(LocalDate.now(clock))) {
            throw new RuleViolationException("round.notAccepting");
        }
        return round;
    }

    private int firstFigureYear(Application application) {
        return rounds.get(application.getRoundId()).getYear() - FIGURE_YEARS;
    }

    private Application find(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new RuleViolationException("application.notFound"));
    }
}
