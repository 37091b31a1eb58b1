package org.brandaward.review;

import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The document review closed: routes the application to a consensus discussion when the experts' totals are too far
 * apart — due, like scoring, after the programme's scoring days — and on to the site selection when the programme
 * holds site reviews (settings read now).
 */
@Component
class AggregateScoresDelegate implements JavaDelegate {

    private final Scoreboard scoreboard;

    AggregateScoresDelegate(Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = (Long) execution.getVariable(ProcessVariables.APPLICATION_ID);
        boolean flagged = scoreboard.aggregation(applicationId, ReviewStage.DOCUMENT).map(Aggregation::flagged).orElse(false);
        execution.setVariable(ProcessVariables.CONSENSUS_NEEDED, flagged);
        ProgrammeDescriptor programme = scoreboard.programmeOf(applicationId);
        execution.setVariable(ProcessVariables.SCORING_WORKING_DAYS, programme.scoringWorkingDays());
        execution.setVariable(ProcessVariables.SITE_REVIEW, programme.hasSiteReview());
    }
}
