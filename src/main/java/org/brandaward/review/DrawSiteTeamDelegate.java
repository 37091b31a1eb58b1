package org.brandaward.review;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The office selected the application for the site review: draw its team and start each member's review. */
@Component
class DrawSiteTeamDelegate implements JavaDelegate {

    private final ExpertDrawService draws;

    DrawSiteTeamDelegate(ExpertDrawService draws) {
        this.draws = draws;
    }

    @Override
    public void execute(DelegateExecution execution) {
        draws.drawSiteTeam((Long) execution.getVariable(ProcessVariables.APPLICATION_ID));
    }
}
