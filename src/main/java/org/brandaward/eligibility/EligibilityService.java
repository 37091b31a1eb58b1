package org.brandaward.eligibility;

import org.brandaward.shared.Reasons;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.SupplementService;
import org.brandaward.audit.AuditLog;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.RoundService;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 资格审查 — the office's eligibility decision on a submitted application. */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class EligibilityService {

    static final String OVERRIDE_ACTION = "ELIGIBILITY_RULE_OVERRIDDEN";

    private final ApplicationService applications;
    private final SupplementService supplements;
    private final EligibilityRules rules;
    private final EligibilityFacts facts;
    private final RoundService rounds;
    private final AuditLog audit;
    private final WorkflowService workflow;

    EligibilityService(ApplicationService applications, SupplementService supplements, EligibilityRules rules, EligibilityFacts facts, RoundService rounds,
                       AuditLog audit, WorkflowService workflow) {
        this.applications = applications;
        this.supplements = supplements;
        this.rules = rules;
        this.facts = facts;
        this.rounds = rounds;
        this.audit = audit;
        this.workflow = workflow;
    }

    /**
     * The hard conditions the application breaks, by the programme's DMN table: rule names with the messages
     * {@code eligibility.rule.<name>}; empty when it meets them all. The engine keeps each evaluation in its
     * decision history, so this writes.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public List<String> failedRules(long applicationId) {
        Application application = applications.get(applicationId);
        String decision = rounds.programmeOf(rounds.get(application.getRoundId())).eligibilityDecision();
        return rules.failedRules(decision, facts.of(application));
    }

    /** Rejects with a reason the applicant reads, or passes an application that breaks no rule. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void decide(String taskId, long applicationId, boolean eligible, String reason) {
        decide(taskId, applicationId, eligible, reason, Map.of());
    }

    /**
     * Passes or rejects. A rejection needs a reason. A pass of an application that breaks rules needs, for each
     * broken rule, the written reason the office overrides it with; each override is audited.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void decide(String taskId, long applicationId, boolean eligible, String reason, Map<String, String> overrides) {
        String why = eligible ? Reasons.optional(reason) : Reasons.required(reason, "eligibility.reasonRequired");
        if (eligible) {
            Map<String, String> overridden = new LinkedHashMap<>();
            failedRules(applicationId).forEach(rule ->
                    overridden.put(rule, Reasons.required(overrides.get(rule), "eligibility.overrideReasonRequired")));
            overridden.forEach((rule, because) -> audit.record(ApplicationService.AUDIT_TYPE, applicationId, OVERRIDE_ACTION,
                    ApplicationStatus.PROVINCIAL_REVIEW, ApplicationStatus.PROVINCIAL_REVIEW, rule + ": " + because));
        }
        applications.recordStep(applicationId, ApplicationStatus.PROVINCIAL_REVIEW,
                eligible ? ApplicationStatus.IN_REVIEW : ApplicationStatus.INELIGIBLE,
                eligible ? "ELIGIBILITY_PASSED" : "ELIGIBILITY_REJECTED", why);
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.ELIGIBLE, eligible, ProcessVariables.SUPPLEMENT, false));
    }

    /** 补正 — returns the application to the applicant to fix {@code parts}, as {@code items} explains. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void requestSupplement(String taskId, long applicationId, Set<FormSection> parts, String items) {
        supplements.requestSupplement(taskId, applicationId, parts, items);
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.ELIGIBLE, false, ProcessVariables.SUPPLEMENT, true));
    }
}
