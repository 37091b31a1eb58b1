package org.brandaward.publication;

import org.brandaward.shared.Reasons;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** 审定 — the office approves a scored application (the process then issues its certificate) or declines it. */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class ApprovalService {

    private final ApplicationService applications;
    private final WorkflowService workflow;

    ApprovalService(ApplicationService applications, WorkflowService workflow) {
        this.applications = applications;
        this.workflow = workflow;
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void decide(String taskId, long applicationId, boolean approved, String reason) {
        String why = approved ? Reasons.optional(reason) : Reasons.required(reason, "approval.reasonRequired");
        ApplicationStatus reviewed = applications.byIdUnchecked(applicationId).getStatus() == ApplicationStatus.SITE_SCORED
                ? ApplicationStatus.SITE_SCORED : ApplicationStatus.SCORED;
        applications.recordStep(applicationId, reviewed,
                approved ? ApplicationStatus.APPROVED : ApplicationStatus.NOT_APPROVED,
                approved ? "APPROVED" : "NOT_APPROVED", why);
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.APPROVED, approved));
    }
}
