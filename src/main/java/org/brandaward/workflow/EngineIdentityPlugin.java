package org.brandaward.workflow;

import org.brandaward.security.CurrentUser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.springframework.stereotype.Component;

/**
 * Every delegate, listener and expression of the process models runs as the engine, whoever's thread it is in: the
 * step that follows an expert's last sheet or the office's approval is the system's work, audited as the engine's
 * and granted by {@code hasAuthority('ENGINE')}, not by the role of the user who happened to trigger it.
 */
@Component
class EngineIdentityPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDelegateInterceptor(new DefaultDelegateInterceptor() {
            @Override
            public void handleInvocation(DelegateInvocation invocation) throws Exception {
                CurrentUser.asEngine(() -> {
                    super.handleInvocation(invocation);
                    return null;
                });
            }
        });
    }
}
