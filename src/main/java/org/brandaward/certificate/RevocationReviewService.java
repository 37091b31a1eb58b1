package org.brandaward.certificate;

import org.brandaward.application.ApplicationService;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * 撤销复核 — the review of a title held, opened by a credit entry against its holder ({@link HeldTitleReview}) or by
 * the office on any title with a proposed ground. The office keeps the title, with a reason, or records the
 * authority's decision to revoke it: ground, document number, date. A revocation is audited on the certificate, shown
 * on the holder's timeline and published as {@link TitleRevoked}, all in the transaction that completes the task.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class RevocationReviewService {

    static final String PROCESS_KEY = "title-review";
    static final String TASK_KEY = "ReviewHeldTitle";
    /** Process variables: the ground proposed when the review was opened, and the outcome the model ends on. */
    static final String PROPOSED_GROUND = "proposedGround";
    static final String TITLE_REVOKED = "titleRevoked";
    /** The applicant's timeline step, named per ground: {@code timeline.TITLE_REVOKED_<ground>}. */
    static final String TIMELINE_REVOKED = "TITLE_REVOKED_";

    private final CertificateRepository certificates;
    private final ApplicationService applications;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevocationReviewService(CertificateRepository certificates, ApplicationService applications, WorkflowService workflow,
                            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.applications = applications;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The office opens a revocation review of a title held (not revoked, whatever its validity) with the ground it
     * proposes and why; refused while a review of the title is open. Returns the review's process instance id.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public String open(long applicationId, RevocationGround ground, String reason) {
        if (ground == null) {
            throw new RuleViolationException("revocation.groundRequired");
        }
        String why = Reasons.required(reason, "revocation.reasonRequired");
        Certificate certificate = certificateOf(applicationId);
        if (certificate.isRevoked()) {
            throw new RuleViolationException("revocation.alreadyRevoked", certificate.getNumber(), certificate.getRevokedOn().toString());
        }
        if (workflow.isRunning(PROCESS_KEY, applicationId)) {
            throw new RuleViolationException("revocation.reviewOpen", certificate.getNumber());
        }
        String instance = workflow.startApplicationProcess(PROCESS_KEY, applicationId, Map.of(PROPOSED_GROUND, ground.name()));
        audit.record(CertificateService.AUDIT_TYPE, certificate.getId(), "REVOCATION_REVIEW_OPENED", null, ground, why);
        return instance;
    }

    /**
     * Keeps the title, with the reason. On a title another review revoked meanwhile, this closes the review without
     * changing anything (the reason says why).
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void keep(String taskId, long applicationId, String reason) {
        String why = Reasons.required(reason, "revocation.keepReasonRequired");
        Certificate certificate = certificateOf(applicationId);
        audit.record(CertificateService.AUDIT_TYPE, certificate.getId(), certificate.isRevoked() ? "REVIEW_CLOSED" : "REVIEW_KEPT",
                null, null, why);
        workflow.complete(taskId, applicationId, outcome(false));
    }

    /**
     * Records the authority's decision revoking the title (撤销): checked field by field ({@link RevocationDecision}),
     * refused on a title already revoked. The certificate row is locked first, so two open reviews never both revoke.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Certificate revoke(String taskId, long applicationId, RevocationDecision decision) {
        applications.requireReadable(applicationId);
        Certificate certificate = certificates.findByApplicationIdForUpdate(applicationId)
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        if (certificate.isRevoked()) {
            throw new RuleViolationException("revocation.alreadyRevoked", certificate.getNumber(), certificate.getRevokedOn().toString());
        }
        RevocationDecision checked = (decision == null ? new RevocationDecision(null, null, null, null) : decision)
                .checked(certificate.getIssuedOn(), LocalDate.now(clock));
        certificate.revoke(checked);
        String document = checked.documentNumber() + " (" + checked.decidedOn() + ")";
        audit.record(CertificateService.AUDIT_TYPE, certificate.getId(), "REVOKED", null, checked.ground(),
                document + ": " + checked.reason());
        audit.record(ApplicationService.AUDIT_TYPE, applicationId, TIMELINE_REVOKED + checked.ground().name(), null, null, document);
        events.publishEvent(new TitleRevoked(certificate.getId(), applicationId, checked.ground().name(), checked.documentNumber(),
                checked.decidedOn()));
        workflow.complete(taskId, applicationId, outcome(true));
        return certificate;
    }

    private Certificate certificateOf(long applicationId) {
        applications.requireReadable(applicationId);
        return certificates.findByApplicationId(applicationId).orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
    }

    private static Map<String, Object> outcome(boolean revoked) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TITLE_REVOKED, revoked);
        return variables;
    }
}
