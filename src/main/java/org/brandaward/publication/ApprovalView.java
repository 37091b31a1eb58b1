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
import org.brandaward.review.ReviewService;
import org.brandaward.review.ReviewStage;
import org.brandaward.review.Rubric;
import org.brandaward.review.ScoreSheet;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

import java.util.ArrayList;
import java.util.List;

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
        long applicationId = task.applicationId();
        Rubric rubric = reviews.rubricOf(applicationId);
        Grid<ScoreSheet> scores = new Grid<>();
        scores.setId("expert-scores");
        scores.addColumn(s -> getTranslation("review.stage." + s.getStage())).setHeader(getTranslation("review.stage")).setAutoWidth(true);
        scores.addColumn(ScoreSheet::getExpert).setHeader(getTranslation("review.expert")).setAutoWidth(true);
        scores.addColumn(s -> s.total(rubric, false)).setHeader(getTranslation("review.total")).setAutoWidth(true);
        scores.addColumn(s -> s.isRevised() ? s.total(rubric) : "").setHeader(getTranslation("review.revisedTotal")).setAutoWidth(true);
        List<ScoreSheet> sheets = new ArrayList<>(reviews.sheetsOf(applicationId, ReviewStage.DOCUMENT));
        sheets.addAll(reviews.sheetsOf(applicationId, ReviewStage.SITE));
        scores.setItems(sheets);
        scores.setAllRowsVisible(true);
        Paragraph aggregate = new Paragraph();
        aggregate.setId("aggregation");
        Paragraph flag = new Paragraph();
        flag.setId("spread-flag");
        flag.getStyle().set("color", "var(--lumo-error-text-color)");
        flag.setVisible(false);
        reviews.aggregationOf(applicationId, ReviewStage.DOCUMENT).ifPresent(result -> {
            aggregate.setText(getTranslation("review.aggregation", result.mean(),
                    getTranslation(result.trimmed() ? "review.aggregation.trimmed" : "review.aggregation.all"), result.spread()));
            flag.setText(getTranslation("review.aggregation.flagged", reviews.spreadFlagPercentOf(applicationId)));
            flag.setVisible(result.flagged());
        });
        Paragraph site = new Paragraph();
        site.setId("site-aggregation");
        site.setVisible(false);
        reviews.aggregationOf(applicationId, ReviewStage.SITE).ifPresent(result -> {
            site.setText(getTranslation("review.siteAggregation", result.mean(),
                    reviews.combinedOf(applicationId).orElse(result.mean())));
            site.setVisible(true);
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
        add(panels.of(applicationId), new H3(getTranslation("approval.scores")), scores, aggregate, flag, site, reason,
                new HorizontalLayout(approve, decline));
    }
}
