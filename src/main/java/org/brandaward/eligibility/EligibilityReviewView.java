package org.brandaward.eligibility;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.Reasons;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Route("tasks/eligibility/:taskId")
@RolesAllowed(Roles.OFFICE)
class EligibilityReviewView extends TaskView {

    private final EligibilityService eligibility;
    private final ApplicationPanels panels;

    EligibilityReviewView(WorkflowService workflow, EligibilityService eligibility, ApplicationPanels panels) {
        super(workflow);
        this.eligibility = eligibility;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        TextArea reason = reasonArea("eligibility.reason", "eligibility-reason");
        Map<String, TextField> overrides = new LinkedHashMap<>();
        VerticalLayout rules = new VerticalLayout();
        rules.setPadding(false);
        rules.setId("eligibility-rules");
        List<String> failed = eligibility.failedRules(task.applicationId());
        if (failed.isEmpty()) {
            rules.add(new Paragraph(getTranslation("eligibility.allMet")));
        } else {
            rules.add(new Paragraph(getTranslation("eligibility.failedIntro")));
            for (String rule : failed) {
                TextField override = new TextField(getTranslation("eligibility.rule." + rule));
                override.setId("override-" + rule);
                override.setPlaceholder(getTranslation("eligibility.overrideReason"));
                override.setMaxLength(Reasons.MAX);
                override.setWidthFull();
                overrides.put(rule, override);
                rules.add(override);
            }
        }
        Button pass = new Button(getTranslation(failed.isEmpty() ? "eligibility.pass" : "eligibility.passOverriding"), e -> {
            overrides.values().forEach(field -> {
                field.setInvalid(field.getValue().isBlank());
                field.setErrorMessage(getTranslation("eligibility.overrideReasonRequired"));
            });
            if (overrides.values().stream().anyMatch(TextField::isInvalid)) {
                return;
            }
            Map<String, String> reasons = new HashMap<>();
            overrides.forEach((rule, field) -> reasons.put(rule, field.getValue()));
            eligibility.decide(task.id(), task.applicationId(), true, reason.getValue(), reasons);
            done("eligibility.passed");
        });
        pass.setId("eligibility-pass");
        pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("eligibility.reject"), e -> {
            eligibility.decide(task.id(), task.applicationId(), false, reason.getValue());
            done("eligibility.rejected");
        });
        reject.setId("eligibility-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var supplement = panels.supplementRequest(task.applicationId(), (parts, items) -> {
            eligibility.requestSupplement(task.id(), task.applicationId(), parts, items);
            done("supplement.requested");
        });
        add(panels.of(task.applicationId()), new H3(getTranslation("eligibility.rulesTitle")), rules, reason,
                new HorizontalLayout(pass, reject), supplement);
    }
}
