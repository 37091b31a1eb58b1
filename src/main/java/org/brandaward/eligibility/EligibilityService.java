package org.brandaward.eligibility;

import org.brandaward.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.FormPart;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;

/** 资格审查 — the office's eligibility decision on a submitted application. */
@Service
@Transactional(readOnly = true)
public class EligibilityService {

    private final ApplicationService applications;
    private final WorkflowService workflow;

    EligibilityService(ApplicationService applications, WorkflowService workflow) {
        this.applications = applications;
        this.workflow = workflow;
    }

    /** Passes or rejects; a rejection needs a reason, which the applicant reads. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void decide(String taskId, long applicationId, boolean eligible, String reason) {
        if (!eligible && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("eligibility.reasonRequired");
        }
        applications.recordStep(applicationId, ApplicationStatus.PROVINCIAL_REVIEW,
                eligible ? ApplicationStatus.IN_REVIEW : ApplicationStatus.INELIGIBLE,
                eligible ? "ELIGIBILITY_PASSED" : "ELIGIBILITY_REJECTED",
                reason == null || reason.isBlank() ? null : reason.strip());
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.ELIGIBLE, eligible, ProcessVariables.SUPPLEMENT, false));
    }

    /** 补正 — returns the application to the applicant to fix {@code parts}, as {@code items} explains. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void requestSupplement(String taskId, long applicationId, Set<FormPart> parts, String items) {
        applications.requestSupplement(applicationId, parts, items);
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.ELIGIBLE, false, ProcessVariables.SUPPLEMENT, true));
    }
}
