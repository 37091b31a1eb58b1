package org.brandaward.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

/** 组织合议 — the office sees why the application was flagged and opens the experts' consensus discussion. */
@Route("tasks/consensus-open/:taskId")
@RolesAllowed(Roles.OFFICE)
class ConsensusOpenView extends TaskView {

    private final ReviewService reviews;
    private final ApplicationPanels panels;

    ConsensusOpenView(WorkflowService workflow, ReviewService reviews, ApplicationPanels panels) {
        super(workflow);
        this.reviews = reviews;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        long applicationId = task.applicationId();
        Paragraph flag = new Paragraph();
        flag.setId("consensus-reason");
        reviews.aggregationOf(applicationId, ReviewStage.DOCUMENT).ifPresent(result -> flag.setText(getTranslation(
                "review.consensus.why", result.spread(), reviews.spreadFlagPercentOf(applicationId))));
        ScoreMatrix matrix = new ScoreMatrix(reviews.rubricOf(applicationId), reviews.sheetsOf(applicationId, ReviewStage.DOCUMENT),
                ScoreSheet::getExpert);
        matrix.setId("score-matrix");
        Button open = new Button(getTranslation("review.consensus.open"), e -> {
            reviews.openConsensus(task.id(), applicationId);
            done("review.consensus.opened");
        });
        open.setId("open-consensus");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(panels.of(applicationId), flag, matrix, open);
    }
}
