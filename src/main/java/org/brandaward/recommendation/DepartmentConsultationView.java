package org.brandaward.recommendation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

import java.util.EnumMap;
import java.util.Map;

/** 征求部门意见 — the city records each department's answer, then starts its public notice or turns the application down. */
@Route("tasks/departments/:taskId")
@RolesAllowed(Roles.RECOMMENDER)
class DepartmentConsultationView extends TaskView {

    private final RecommendationService recommendations;
    private final ApplicationPanels panels;

    DepartmentConsultationView(WorkflowService workflow, RecommendationService recommendations, ApplicationPanels panels) {
        super(workflow);
        this.recommendations = recommendations;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        Map<Department, TextField> findings = new EnumMap<>(Department.class);
        FormLayout answers = new FormLayout();
        for (Department department : Department.values()) {
            TextField finding = new TextField();
            finding.setId("finding-" + department);
            finding.setPlaceholder(getTranslation("consultation.finding"));
            finding.setMaxLength(DepartmentOpinion.FINDING_MAX);
            finding.setEnabled(false);
            Checkbox issue = new Checkbox(getTranslation("consultation.issueFound"));
            issue.setId("issue-" + department);
            issue.addValueChangeListener(e -> {
                finding.setEnabled(e.getValue());
                if (!e.getValue()) {
                    finding.clear();
                }
            });
            answers.addFormItem(new HorizontalLayout(issue, finding), getTranslation("department." + department));
            findings.put(department, finding);
        }
        TextArea reason = reasonArea("recommendation.reason", "recommendation-reason");
        Button proceed = new Button(getTranslation("consultation.startNotice"), e -> decide(task, findings, true, reason.getValue()));
        proceed.setId("consultation-proceed");
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button turnDown = new Button(getTranslation("recommendation.turnDown"), e -> decide(task, findings, false, reason.getValue()));
        turnDown.setId("recommendation-turn-down");
        turnDown.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(panels.of(task.applicationId()), new H3(getTranslation("consultation.title")), answers, reason,
                new HorizontalLayout(proceed, turnDown));
    }

    private void decide(InboxTask task, Map<Department, TextField> fields, boolean proceed, String reason) {
        Map<Department, String> findings = new EnumMap<>(Department.class);
        boolean described = true;
        for (var entry : fields.entrySet()) {
            TextField field = entry.getValue();
            boolean missing = field.isEnabled() && field.getValue().isBlank();
            field.setInvalid(missing);
            field.setErrorMessage(missing ? getTranslation("consultation.findingRequired") : null);
            described &= !missing;
            findings.put(entry.getKey(), field.getValue());
        }
        if (!described) {
            return;
        }
        recommendations.recordConsultation(task.id(), task.applicationId(), findings, proceed, reason);
        done(proceed ? "consultation.noticeStarted" : "recommendation.turnedDown");
    }
}
