package org.brandaward.publication;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.review.ExpertScore;
import org.brandaward.review.ReviewService;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

@Route("tasks/approval/:taskId")
@RolesAllowed(Roles.OFFICE)
class ApprovalView extends TaskView {

    private final ApprovalService approvals;
    private final ReviewService reviews;
    private final ApplicationPanels panels;

    ApprovalView(WorkflowService workflow, ApprovalService approvals, ReviewService reviews, ApplicationPanels panels) {
        super(workflow);
        this.approvals = approvals;
        this.reviews = reviews;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        Grid<ExpertScore> scores = new Grid<>();
        scores.setId("expert-scores");
        scores.addColumn(ExpertScore::getTotal).setHeader(getTranslation("review.total")).setAutoWidth(true);
        scores.addColumn(ExpertScore::getComment).setHeader(getTranslation("review.comment")).setFlexGrow(1);
        scores.setItems(reviews.scoresOf(task.applicationId()));
        scores.setAllRowsVisible(true);
        Paragraph aggregate = new Paragraph();
        aggregate.setId("aggregation");
        Paragraph flag = new Paragraph();
        flag.setId("spread-flag");
        flag.getStyle().set("color", "var(--lumo-error-text-color)");
        flag.setVisible(false);
        reviews.aggregationOf(task.applicationId()).ifPresent(result -> {
            aggregate.setText(getTranslation("review.aggregation", result.mean(),
                    getTranslation(result.trimmed() ? "review.aggregation.trimmed" : "review.aggregation.all"), result.spread()));
            flag.setText(getTranslation("review.aggregation.flagged", reviews.spreadFlagPercentOf(task.applicationId())));
            flag.setVisible(result.flagged());
        });
        TextArea reason = reasonArea("approval.reason", "approval-reason");
        Button approve = new Button(getTranslation("approval.approve"), e -> {
            approvals.decide(task.id(), task.applicationId(), true, reason.getValue());
            done("approval.approved");
        });
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("approval.decline"), e -> {
            approvals.decide(task.id(), task.applicationId(), false, reason.getValue());
            done("approval.declined");
        });
        decline.setId("decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(panels.of(task.applicationId()), new H3(getTranslation("approval.scores")), scores, aggregate, flag, reason,
                new HorizontalLayout(approve, decline));
    }
}
