package org.brandaward.certificate;

import org.brandaward.organisation.CreditRecordListed;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * 一处失信、处处受限: a new credit entry against an organisation opens a revocation review (撤销复核) for the office on
 * every title the organisation holds and has not lost, in the same transaction as the entry, proposing the ground
 * {@link RevocationGround#CREDIT_BLACKLIST}.
 */
@Component
class HeldTitleReview {

    private final CertificateService certificates;
    private final WorkflowService workflow;

    HeldTitleReview(CertificateService certificates, WorkflowService workflow) {
        this.certificates = certificates;
        this.workflow = workflow;
    }

    @EventListener
    void openReviews(CreditRecordListed listed) {
        certificates.validHeldBy(listed.creditCode()).forEach(certificate ->
                workflow.startApplicationProcess(RevocationReviewService.PROCESS_KEY, certificate.getApplicationId(),
                        Map.of(ProcessVariables.CREDIT_RECORD_ID, listed.creditRecordId(),
                                RevocationReviewService.PROPOSED_GROUND, RevocationGround.CREDIT_BLACKLIST.name())));
    }
}
