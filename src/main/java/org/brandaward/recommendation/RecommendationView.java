package org.brandaward.recommendation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

/** A county or city bureau's recommending task: pass upward, turn down with a reason, or ask for a supplement. */
@Route("tasks/recommendation/:taskId")
@RolesAllowed(Roles.RECOMMENDER)
class RecommendationView extends TaskView {

    private final RecommendationService recommendations;
    private final ApplicationPanels panels;

    RecommendationView(WorkflowService workflow, RecommendationService recommendations, ApplicationPanels panels) {
        super(workflow);
        this.recommendations = recommendations;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        TextArea reason = reasonArea("recommendation.reason", "recommendation-reason");
        Button pass = new Button(getTranslation("recommendation.pass." + task.key()), e -> {
            recommendations.pass(task.id(), task.applicationId());
            done("recommendation.passed");
        });
        pass.setId("recommendation-pass");
        pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button turnDown = new Button(getTranslation("recommendation.turnDown"), e -> {
            recommendations.turnDown(task.id(), task.applicationId(), reason.getValue());
            done("recommendation.turnedDown");
        });
        turnDown.setId("recommendation-turn-down");
        turnDown.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var supplement = panels.supplementRequest(task.applicationId(), (parts, items) -> {
            recommendations.requestSupplement(task.id(), task.applicationId(), parts, items);
            done("supplement.requested");
        });
        add(panels.of(task.applicationId()), reason, new HorizontalLayout(pass, turnDown), supplement);
    }
}
