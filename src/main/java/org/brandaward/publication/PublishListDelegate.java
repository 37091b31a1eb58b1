package org.brandaward.publication;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发布 — the round-decision step after the office's approval: the list goes public and every candidate hears its outcome. */
@Component
class PublishListDelegate implements JavaDelegate {

    private final PublicationService publications;

    PublishListDelegate(PublicationService publications) {
        this.publications = publications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publications.publish((Long) execution.getVariable(ProcessVariables.ROUND_ID));
    }
}
