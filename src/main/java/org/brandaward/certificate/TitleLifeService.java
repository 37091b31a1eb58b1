package org.brandaward.certificate;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The life of a title with a validity ({@code bpmn/title-validity.bpmn}): reminders before the end, expiry, renewal by
 * a passed re-evaluation (复评), and the re-check (复核) of time-honoured brands with its outcomes. Every step writes the
 * certificate's audit row and the step the holder reads on the title's application timeline, in one transaction.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class TitleLifeService {

    /** A conditional pass of a re-check gives the holder six months to rectify (PROGRAMMES.md). */
    public static final int RECTIFICATION_MONTHS = 6;
    static final String RECHECK_TASK = "RecheckTitle";
    static final String RECTIFICATION_TASK = "CheckRectification";

    private final CertificateRepository certificates;
    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TitleLifeService(CertificateRepository certificates, ApplicationService applications, OrganisationService organisations,
                     RoundService rounds, WorkflowService workflow, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.applications = applications;
        this.organisations = organisations;
        this.rounds = rounds;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A held title as its holder sees it, with whether it may be re-evaluated now. */
    public record HeldTitle(Certificate certificate, String programmeName, String subject, boolean reevaluable) {
    }

    /** The titles of the signed-in applicant's organisation, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<HeldTitle> mine(java.util.Locale locale) {
        return organisations.currentOrganisation().map(o -> certificates.findByOrganisationId(o.getId())).orElse(List.of()).stream()
                .map(c -> {
                    Application application = applications.get(c.getApplicationId());
                    ProgrammeDescriptor programme = rounds.programmeOf(rounds.get(application.getRoundId()));
                    return new HeldTitle(c, programme.name(locale), application.subject(), reevaluable(c, programme));
                })
                .toList();
    }

    /**
     * 申请复评 — opens the re-evaluation of the signed-in holder's title in the programme's open round (the latest one
     * accepting applications, of a later year than the title's), as a draft with the lighter form; its id.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long applyForReevaluation(long certificateId) {
        Certificate certificate = certificates.findById(certificateId).orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        Application title = applications.get(certificate.getApplicationId());
        Round titleRound = rounds.get(title.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(titleRound);
        if (!reevaluable(certificate, programme)) {
            throw new RuleViolationException("reevaluation.notReevaluable");
        }
        Round next = rounds.acceptingApplications().stream()
                .filter(r -> r.getProgrammeId().equals(programme.id()) && r.getYear() > titleRound.getYear())
                .max(Comparator.comparingInt(Round::getYear))
                .orElseThrow(() -> new RuleViolationException("reevaluation.noOpenRound"));
        return applications.createReevaluationDraft(next.getId(), title.getId(), certificateId).getId();
    }

    /** A title is re-evaluated while it is held and has a validity; time-honoured brands are re-checked instead. */
    private static boolean reevaluable(Certificate certificate, ProgrammeDescriptor programme) {
        return certificate.getTitleState() == TitleState.ACTIVE && certificate.getValidUntil() != null
                && programme.family() != ProgrammeDescriptor.Family.TIME_HONOURED;
    }

    /** The timer {@code daysLeft} days before the end: the holder is reminded and invited to re-evaluation. */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public void remind(long certificateId, int daysLeft) {
        Certificate certificate = locked(certificateId);
        if (certificate.getTitleState().ended()) {
            return;
        }
        audit.record(CertificateService.AUDIT_TYPE, certificateId, "EXPIRY_REMINDED", null, daysLeft, "valid until " + certificate.getValidUntil());
        timeline(certificate, "TITLE_EXPIRY_NEAR_" + daysLeft, certificate.getValidUntil().toString());
        events.publishEvent(new TitleExpiryNear(certificateId, certificate.getApplicationId(), certificate.getValidUntil(), daysLeft));
    }

    /** The timer the day after the validity: without a passed re-evaluation or re-check the title expires. */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public void expire(long certificateId) {
        Certificate certificate = locked(certificateId);
        if (certificate.getTitleState().ended()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        certificate.endTitle(TitleState.EXPIRED, today, null);
        audit.record(CertificateService.AUDIT_TYPE, certificateId, "EXPIRED", TitleState.ACTIVE, TitleState.EXPIRED,
                "valid until " + certificate.getValidUntil());
        timeline(certificate, "TITLE_EXPIRED", certificate.getValidUntil().toString());
        events.publishEvent(new TitleExpired(certificateId, certificate.getApplicationId()));
    }

    /**
     * A passed re-evaluation: the certificate of the re-evaluation application carries the title on, and the old
     * title's process ends as renewed. Nothing happens to a title that has already ended.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public void renew(long certificateId, long byCertificateId) {
        Certificate certificate = locked(certificateId);
        if (certificate.getTitleState().ended()) {
            return;
        }
        Certificate successor = certificates.findById(byCertificateId).orElseThrow();
        // Only the holder's own title is carried on: a re-evaluation naming another organisation's certificate fails here.
        if (applications.byIdUnchecked(certificate.getApplicationId()).getOrganisationId()
                != applications.byIdUnchecked(successor.getApplicationId()).getOrganisationId()) {
            throw new IllegalStateException("certificate " + byCertificateId + " cannot renew another holder's certificate " + certificateId);
        }
        certificate.endTitle(TitleState.RENEWED, LocalDate.now(clock), successor.getNumber());
        audit.record(CertificateService.AUDIT_TYPE, certificateId, "RENEWED", TitleState.ACTIVE, TitleState.RENEWED, successor.getNumber());
        timeline(certificate, "TITLE_RENEWED", successor.getNumber());
        workflow.correlateIfWaiting(TitleValidity.RENEWED_MESSAGE, ProcessVariables.titleBusinessKey(certificateId));
    }

    /** The re-check of a time-honoured brand falls due: the office's task opens, the holder reads that it did. */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public void openRecheck(long certificateId) {
        Certificate certificate = locked(certificateId);
        audit.record(CertificateService.AUDIT_TYPE, certificateId, "RECHECK_OPENED", null, null, "valid until " + certificate.getValidUntil());
        timeline(certificate, "TITLE_RECHECK_OPENED", certificate.getValidUntil().toString());
    }

    /**
     * 复核 — the office's outcome of a time-honoured brand's re-check, with a reason the holder reads. A pass and a
     * conditional pass carry the same certificate on for the programme's validity years from the end of the current
     * period (the re-check cycle stays fixed, however early the office decides); a conditional pass also sets the day the
     * holder must have rectified by, {@link #RECTIFICATION_MONTHS} months from today. A removal ends the title.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void decideRecheck(String taskId, long applicationId, RecheckOutcome outcome, String reason) {
        String why = Reasons.required(reason, "recheck.reasonRequired");
        Certificate certificate = activeOf(applicationId);
        LocalDate today = LocalDate.now(clock);
        switch (outcome) {
            case PASS -> extend(certificate, "RECHECK_PASSED", why);
            case CONDITIONAL -> {
                extend(certificate, "RECHECK_CONDITIONAL", why);
                certificate.rectifyBy(today.plusMonths(RECTIFICATION_MONTHS));
                timeline(certificate, "TITLE_RECHECK_CONDITIONAL", why + " · " + certificate.getRectifyBy());
            }
            case REMOVE -> remove(certificate, "RECHECK_REMOVED", why);
        }
        if (outcome == RecheckOutcome.PASS) {
            timeline(certificate, "TITLE_RECHECK_PASSED", why);
        }
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.RECHECK_OUTCOME, outcome.name()));
    }

    /** After a conditional pass: the holder rectified in time (the title goes on) or not (the title is removed). */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void decideRectification(String taskId, long applicationId, boolean rectified, String reason) {
        String why = Reasons.required(reason, "recheck.reasonRequired");
        Certificate certificate = activeOf(applicationId);
        if (rectified) {
            audit.record(CertificateService.AUDIT_TYPE, certificate.getId(), "RECTIFIED", certificate.getRectifyBy(), null, why);
            certificate.rectifyBy(null);
            timeline(certificate, "TITLE_RECTIFIED", why);
        } else {
            remove(certificate, "RECTIFICATION_FAILED", why);
        }
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.RECTIFIED, rectified));
    }

    /** The certificate of an application under re-check, for the office's task view. */
    @PreAuthorize("hasRole('OFFICE')")
    public Certificate ofApplication(long applicationId) {
        return certificates.findByApplicationId(applicationId).orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
    }

    private void extend(Certificate certificate, String action, String why) {
        Application application = applications.byIdUnchecked(certificate.getApplicationId());
        int years = rounds.programmeOf(rounds.get(application.getRoundId())).validityYears();
        LocalDate before = certificate.getValidUntil();
        certificate.extendValidityTo(before.plusYears(years));
        audit.record(CertificateService.AUDIT_TYPE, certificate.getId(), action, before, certificate.getValidUntil(), why);
    }

    private void remove(Certificate certificate, String action, String why) {
        certificate.endTitle(TitleState.REMOVED, LocalDate.now(clock), why);
        certificate.rectifyBy(null);
        audit.record(CertificateService.AUDIT_TYPE, certificate.getId(), action, TitleState.ACTIVE, TitleState.REMOVED, why);
        timeline(certificate, "TITLE_REMOVED", why);
        events.publishEvent(new TitleRemoved(certificate.getId(), certificate.getApplicationId(), why));
    }

    private Certificate activeOf(long applicationId) {
        Certificate certificate = certificates.findByApplicationId(applicationId)
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        Certificate held = locked(certificate.getId());
        if (held.getTitleState().ended()) {
            throw new RuleViolationException("recheck.titleEnded");
        }
        return held;
    }

    private Certificate locked(long certificateId) {
        return certificates.findByIdForUpdate(certificateId).orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
    }

    /** A step of the title on its application's timeline, which the holder reads. */
    private void timeline(Certificate certificate, String action, String detail) {
        audit.record(ApplicationService.AUDIT_TYPE, certificate.getApplicationId(), action, null, null, detail);
    }
}
