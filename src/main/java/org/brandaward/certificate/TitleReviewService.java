package org.brandaward.certificate;

import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.workflow.WorkflowService;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * The office's first answer to a credit entry against a title holder: keep the title, or propose its revocation
 * (the revocation procedure itself, with its notice, is a later stage). Either way with a written reason.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class TitleReviewService {

    private final CertificateService certificates;
    private final WorkflowService workflow;
    private final AuditLog audit;

    TitleReviewService(CertificateService certificates, WorkflowService workflow, AuditLog audit) {
        this.certificates = certificates;
        this.workflow = workflow;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void decide(String taskId, long applicationId, boolean keepTitle, String reason) {
        String why = Reasons.required(reason, "titleReview.reasonRequired");
        Certificate certificate = certificates.ofApplication(applicationId)
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        audit.record(CertificateService.AUDIT_TYPE, certificate.getId(), keepTitle ? "REVIEW_KEPT" : "REVOCATION_PROPOSED",
                null, null, why);
        workflow.complete(taskId, applicationId, Map.of());
    }
}
