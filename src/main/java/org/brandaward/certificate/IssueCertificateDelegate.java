package org.brandaward.certificate;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class IssueCertificateDelegate implements JavaDelegate {

    private final CertificateService certificates;

    IssueCertificateDelegate(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        certificates.issue((Long) execution.getVariable(ProcessVariables.APPLICATION_ID));
    }
}
