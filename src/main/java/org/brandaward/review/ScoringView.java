package org.brandaward.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

@Route("tasks/scoring/:taskId")
@RolesAllowed(Roles.EXPERT)
class ScoringView extends TaskView {

    private final ReviewService reviews;
    private final ApplicationPanels panels;

    ScoringView(WorkflowService workflow, ReviewService reviews, ApplicationPanels panels) {
        super(workflow);
        this.reviews = reviews;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        IntegerField total = new IntegerField(getTranslation("review.total"));
        total.setId("score-total");
        total.setMin(ExpertScore.MIN);
        total.setMax(ExpertScore.MAX);
        total.setHelperText(getTranslation("review.scoreRange", ExpertScore.MIN, ExpertScore.MAX));
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setId("score-comment");
        comment.setMaxLength(ExpertScore.COMMENT_MAX);
        comment.setWidthFull();
        Button submit = new Button(getTranslation("review.submit"), e -> {
            reviews.submitScore(task.id(), task.applicationId(), total.getValue(), comment.getValue());
            done("review.submitted");
        });
        submit.setId("submit-score");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(panels.of(task.applicationId()), total, comment, submit);
    }
}
