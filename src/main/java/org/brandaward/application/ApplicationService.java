package org.brandaward.application;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.CreditRecordService;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class ApplicationService {

    public static final String AUDIT_TYPE = "APPLICATION";

    private final ApplicationRepository applications;
    private final OrganisationService organisations;
    private final CreditRecordService credit;
    private final UserAccountService accounts;
    private final RoundService rounds;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<ExpertAccess> expertAccess;
    private final ObjectProvider<RevokedHolders> revokedHolders;

    private final ApplicationEventPublisher events;

    ApplicationService(ApplicationEventPublisher events, ApplicationRepository applications, OrganisationService organisations, CreditRecordService credit,
                       UserAccountService accounts, RoundService rounds, WorkflowService workflow, AuditLog audit, Clock clock,
                       ObjectProvider<ExpertAccess> expertAccess, ObjectProvider<RevokedHolders> revokedHolders) {
        this.events = events;
        this.expertAccess = expertAccess;
        this.revokedHolders = revokedHolders;
        this.applications = applications;
        this.organisations = organisations;
        this.credit = credit;
        this.accounts = accounts;
        this.rounds = rounds;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft of the organisation applying itself, or for one of its people where the programme takes individuals. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Application createDraft(long roundId, ApplicantKind kind) {
        long organisationId = organisations.currentOrganisationId();
        Round round = openRound(roundId);
        ApplicantKind accepted = rounds.programmeOf(round).applicantKind();
        if (kind == ApplicantKind.BOTH || accepted != ApplicantKind.BOTH && accepted != kind) {
            throw new RuleViolationException("application.kindNotAccepted");
        }
        if (kind == ApplicantKind.ORGANISATION) { // an individual's name is known at submission, checked there
            refuseRevokedHolder(organisations.get(organisationId).getCreditCode(), rounds.programmeOf(round), kind, null);
        }
        Application application = applications.save(new Application(round.getId(), organisationId, kind, clock.instant()));
        audit.record(AUDIT_TYPE, application.getId(), "CREATED", null, application.getStatus(), null);
        return application;
    }

    /**
     * 复评 — a draft re-evaluating the title of {@code titleApplicationId} (certificate {@code certificateId}) in an
     * open round of the same programme: the title's answers are copied, so the holder brings only what the lighter
     * re-evaluation form asks afresh (the figures of the new round's years above all). Called by the title's life in
     * certificate/, which checked that the certificate is that application's and may be re-evaluated; refused unless
     * the title is the signed-in applicant's own, approved, and not already re-evaluated by an application in the running.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Application createReevaluationDraft(long roundId, long titleApplicationId, long certificateId) {
        long organisationId = organisations.currentOrganisationId();
        Application title = get(titleApplicationId);
        if (title.getOrganisationId() != organisationId || title.getStatus() != ApplicationStatus.APPROVED) {
            throw new AccessDeniedException("application " + titleApplicationId);
        }
        Round round = openRound(roundId);
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        if (!programme.id().equals(rounds.get(title.getRoundId()).getProgrammeId())) {
            throw new RuleViolationException("reevaluation.otherProgramme");
        }
        if (applications.findByReevaluatesCertificateId(certificateId).stream().anyMatch(a -> !a.getStatus().isOutOfTheRunning())) {
            throw new RuleViolationException("reevaluation.alreadyApplied");
        }
        Application application = new Application(round.getId(), organisationId, title.getApplicantKind(), clock.instant());
        Set<String> fields = FormSections.fieldsOf(programme, title.getApplicantKind()).stream().map(FormField::name).collect(Collectors.toSet());
        application.reevaluate(certificateId, title, fields, FormSections.figureYears(programme, round.getYear()));
        applications.save(application);
        audit.record(AUDIT_TYPE, application.getId(), "REEVALUATION_CREATED", null, application.getStatus(),
                "application " + titleApplicationId);
        return application;
    }

    /**
     * Stores whatever the applicant has typed so far; a draft is never refused for being incomplete, only when someone
     * saved it since the form was loaded ({@link ApplicationForm#getVersion()}).
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Application saveDraft(long applicationId, ApplicationForm form) {
        Application application = ownDraft(applicationId);
        requireUnchangedSince(application, form);
        openRound(application.getRoundId()); // a draft past the deadline can never be submitted: say so now
        refuseTooLong(application, form);
        store(application, form);
        audit.record(AUDIT_TYPE, applicationId, "DRAFT_SAVED", application.getStatus(), application.getStatus(), null);
        return application;
    }

    /** Submits the application and starts its programme's process; refused, with every failing field named, if incomplete. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Application submit(long applicationId, ApplicationForm form) {
        Application application = ownDraft(applicationId);
        requireUnchangedSince(application, form);
        Organisation organisation = organisations.get(application.getOrganisationId());
        Round round = openRound(application.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        List<FieldViolation> violations = FormSections.violations(programme, application.getApplicantKind(), round.getYear(), form);
        violations.addAll(pledgeViolations(form, organisation));
        if (!violations.isEmpty()) {
            throw new ApplicationIncompleteException(violations);
        }
        String creditCode = organisation.getCreditCode();
        credit.activeVeto(creditCode).ifPresent(record -> {
            throw new RuleViolationException("application.creditVeto", record.getSource(), record.getListedOn().toString(), record.getReason());
        });
        refuseRevokedHolder(creditCode, programme, application.getApplicantKind(), (String) form.get(Application.PERSONAL_NAME));
        boolean countyLevel = programme.recommendation().contains(ProgrammeDescriptor.RecommendationLevel.COUNTY);
        if (organisation.getCityCode() == null || countyLevel && organisation.getCountyCode() == null) {
            throw new RuleViolationException("organisation.regionRequired");
        }
        store(application, form);
        Map<String, Object> routing = Map.of(
                ProcessVariables.COUNTY_LEVEL, countyLevel,
                ProcessVariables.COUNTY_GROUP, countyLevel ? RegionGroups.county(organisation.getCountyCode()) : "",
                ProcessVariables.CITY_GROUP, RegionGroups.city(organisation.getCityCode()),
                ProcessVariables.CERTIFIES, programme.certifies());
        application.submitted(workflow.startApplicationProcess(programme.processKey(), applicationId, routing),
                form.getPledgeSignatory().strip(), clock.instant());
        transition(application, countyLevel ? ApplicationStatus.COUNTY_REVIEW : ApplicationStatus.CITY_REVIEW, "SUBMITTED", null);
        return application;
    }

    /**
     * Records the outcome of a step of the process. Called by the service that owns the step (eligibility, review,
     * publication), inside its transaction; refused when the application is not where the step expects it, and to a
     * caller who may not read it (a bureau of another region, an expert not declared on it): the role alone moves no
     * one else's application.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECOMMENDER', 'EXPERT', 'OFFICE') or hasAuthority('ENGINE')")
    public Application recordStep(long applicationId, ApplicationStatus expected, ApplicationStatus next, String action, String reason) {
        Application application = get(applicationId);
        if (application.getStatus() != expected) {
            throw new RuleViolationException("application.wrongStage", application.getStatus());
        }
        transition(application, next, action, reason);
        return application;
    }

    /**
     * The application, if the signed-in user may read it. Granted to the office, the committee, the admin and the
     * engine for every application; to an applicant for its own organisation's; to a recommender for those of
     * organisations in its city or county once submitted (never a draft); to an expert for those it was drawn for and declared on. Refused to
     * everyone else.
     */
    public Application get(long applicationId) {
        Application application = byIdUnchecked(applicationId);
        if (!mayRead(application)) {
            throw new AccessDeniedException("application " + applicationId);
        }
        return application;
    }

    /** Refuses, unless the signed-in user may read the application (see {@link #get}). */
    public void requireReadable(long applicationId) {
        get(applicationId);
    }

    /** The organisation that applied, for whoever may read the application. */
    public Organisation organisationOf(long applicationId) {
        return organisations.byIdUnchecked(get(applicationId).getOrganisationId());
    }

    private boolean mayRead(Application application) {
        if (CurrentUser.isEngine() || CurrentUser.hasAnyRole(Roles.OFFICE, Roles.COMMITTEE, Roles.ADMIN)) {
            return true;
        }
        if (CurrentUser.hasRole(Roles.APPLICANT)) {
            return organisations.currentOrganisation().map(o -> o.getId().equals(application.getOrganisationId())).orElse(false);
        }
        if (CurrentUser.hasRole(Roles.RECOMMENDER)) {
            // a draft is the enterprise's own until it submits: no bureau reads it, not even its own region's
            return application.getSubmittedAt() != null
                    && inRecommendersRegion(organisations.byIdUnchecked(application.getOrganisationId()));
        }
        if (CurrentUser.hasRole(Roles.EXPERT)) {
            return expertAccess.getObject().hasDeclared(application.getId());
        }
        return false;
    }

    /**
     * Whether the signed-in user reads the application without the applicant's identity: an expert, where the
     * programme reviews blind (盲评). Panels and attachments ask this one question.
     */
    public boolean readsBlind(Application application) {
        return CurrentUser.hasRole(Roles.EXPERT) && rounds.programmeOf(rounds.get(application.getRoundId())).blindReview();
    }

    /** A city bureau reads the applications of every county of its city, a county bureau those of its county. */
    private static boolean inRecommendersRegion(Organisation organisation) {
        List<String> groups = CurrentUser.groups();
        return organisation.getCityCode() != null && groups.contains(RegionGroups.city(organisation.getCityCode()))
                || organisation.getCountyCode() != null && groups.contains(RegionGroups.county(organisation.getCountyCode()));
    }

    /** Every recorded step of the application, oldest first, with the acting role instead of the person. */
    public List<TimelineEntry> timeline(long applicationId) {
        requireReadable(applicationId);
        return trailOf(applicationId).stream()
                .map(e -> new TimelineEntry(e.getOccurredAt(), e.getAction(), accounts.roleOf(e.getActor()).orElse(null), e.getDetail()))
                .toList();
    }

    /** The raw trail names its actors, so only staff and the engine read it: the timeline reads it as the engine. */
    private List<AuditEvent> trailOf(long applicationId) {
        try {
            return CurrentUser.asEngine(() -> audit.history(AUDIT_TYPE, applicationId));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    /** Whether the organisation was recognised by the programme in one of the years from {@code fromYear} to {@code toYear}. */
    @PreAuthorize("hasRole('OFFICE') or hasAuthority('ENGINE')")
    public boolean recognisedBetween(long organisationId, String programmeId, int fromYear, int toYear) {
        return applications.recognisedBetween(organisationId, programmeId, fromYear, toYear);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    public List<Application> mine() {
        return organisations.currentOrganisation()
                .map(o -> applications.findByOrganisationIdOrderByIdDesc(o.getId()))
                .orElse(List.of());
    }

    /** 撤销: a holder whose title of the programme was revoked may not apply to it again (see {@link RevokedHolders}). */
    private void refuseRevokedHolder(String creditCode, ProgrammeDescriptor programme, ApplicantKind kind, String personName) {
        RevokedHolders check = revokedHolders.getIfAvailable();
        if (check == null) {
            return;
        }
        check.barring(creditCode, programme, kind, personName).ifPresent(title -> {
            throw new RuleViolationException("application.revokedHolder", title.certificateNumber(), title.revokedOn().toString(),
                    title.documentNumber());
        });
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

    /** Moves the application to {@code next} with an audit record; the caller has checked that the move is allowed. */
    void transition(Application application, ApplicationStatus next, String action, String reason) {
        ApplicationStatus before = application.getStatus();
        application.moveTo(next, reason);
        audit.record(AUDIT_TYPE, application.getId(), action, before, next, reason);
        events.publishEvent(new ApplicationStepRecorded(application.getId(), before, next, action, reason));
    }

    /**
     * Refuses answers loaded before the application's last save, as the version check of the update would if the
     * form had been kept in the session: the user reloads and sees the other save instead of overwriting it.
     */
    static void requireUnchangedSince(Application application, ApplicationForm form) {
        if (form.getVersion() != null && form.getVersion() != application.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Application.class, application.getId());
        }
    }

    /** The signed-in applicant's own application, refused unless it is still a draft. */
    Application ownDraft(long applicationId) {
        Application application = get(applicationId);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new RuleViolationException("application.notDraft");
        }
        return application;
    }

    /** Refuses a change to a draft once its round takes no more applications: the deadline passed or the round closed. */
    void requireRoundOpen(Application draft) {
        openRound(draft.getRoundId());
    }

    private Round openRound(long roundId) {
        Round round = rounds.get(roundId);
        if (!round.acceptsApplicationsOn(LocalDate.now(clock))) {
            throw new RuleViolationException("round.notAccepting");
        }
        return round;
    }

    /** Keeps the answers to the programme's own fields and the figures of its years. */
    /**
     * A draft may be incomplete, but nothing in it may exceed its column: a text over the limit or an amount beyond the
     * figures' columns is refused, field by field, as a submission would refuse it, instead of failing at the database.
     */
    private void refuseTooLong(Application application, ApplicationForm form) {
        Round round = rounds.get(application.getRoundId());
        List<FieldViolation> tooLong = FormSections.violations(rounds.programmeOf(round), application.getApplicantKind(), round.getYear(), form)
                .stream().filter(v -> FormSections.REFUSED_IN_DRAFTS.contains(v.messageKey())).toList();
        if (!tooLong.isEmpty()) {
            throw new ApplicationIncompleteException(tooLong);
        }
    }

    void store(Application application, ApplicationForm form) {
        Round round = rounds.get(application.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        Set<String> fields = FormSections.fieldsOf(programme, application.getApplicantKind()).stream().map(FormField::name).collect(Collectors.toSet());
        application.update(form, fields, FormSections.figureYears(programme, round.getYear()));
    }

    /** The applications of a round, for the office ranking and reporting on it, and the engine publishing its outcome. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN') or hasAuthority('ENGINE')")
    public List<Application> ofRound(long roundId) {
        return applications.findByRoundIdOrderById(roundId);
    }

    /**
     * The application, its row locked until the caller's transaction ends: a second transaction asking for the lock
     * waits for the first to commit. Steps that decide on what other transactions write (is this the last expert
     * sheet?) take it first, before reading anything, so that under READ COMMITTED the one that waited reads what
     * the other committed. Like {@link #byIdUnchecked}, no reader's check: only the review's steps take it (an expert's
     * sheet, decline or consensus answer, the engine's replacement of a silent expert).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('EXPERT') or hasAuthority('ENGINE')")
    public Application lock(long applicationId) {
        return applications.findByIdForUpdate(applicationId).orElseThrow(() -> new RuleViolationException("application.notFound"));
    }

    /** The application without the reader's check, for services that made their own (or act for the engine). */
    public Application byIdUnchecked(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new RuleViolationException("application.notFound"));
    }
}
