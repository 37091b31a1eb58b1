package org.brandaward.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 专家合议 — an expert of a flagged application sees every expert's scores (the others unnamed), and confirms their
 * own or revises items with a reason.
 */
@Route("tasks/consensus/:taskId")
@RolesAllowed(Roles.EXPERT)
class ConsensusView extends TaskView {

    private final ReviewService reviews;
    private final ApplicationPanels panels;

    ConsensusView(WorkflowService workflow, ReviewService reviews, ApplicationPanels panels) {
        super(workflow);
        this.reviews = reviews;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        long applicationId = task.applicationId();
        Rubric rubric = reviews.rubricOf(applicationId);
        List<ScoreSheet> sheets = reviews.consensusSheets(applicationId);
        String me = CurrentUser.requireUsername();
        List<String> others = sheets.stream().map(ScoreSheet::getExpert).filter(e -> !e.equals(me)).toList();
        ScoreMatrix matrix = new ScoreMatrix(rubric, sheets, sheet -> sheet.getExpert().equals(me)
                ? getTranslation("review.matrix.me") : getTranslation("review.matrix.expert", (char) ('A' + others.indexOf(sheet.getExpert()))));
        matrix.setId("score-matrix");
        ScoreSheet own = sheets.stream().filter(s -> s.getExpert().equals(me)).findFirst().orElseThrow();
        Map<String, IntegerField> revisions = new LinkedHashMap<>();
        FormLayout fields = new FormLayout();
        for (Rubric.Item item : rubric.items()) {
            IntegerField field = new IntegerField(item.id() + " " + item.name(getLocale()));
            field.setId("revise-" + item.id().replace('.', '-'));
            field.setMin(0);
            field.setMax(rubric.maximum(item));
            field.setStep(rubric.step());
            own.item(item.id()).ifPresent(score -> field.setValue(score.effective()));
            revisions.put(item.id(), field);
            fields.add(field);
        }
        TextArea reason = reasonArea("review.consensus.reason", "revision-reason");
        Button confirm = new Button(getTranslation("review.consensus.confirm"), e -> {
            Map<String, Integer> values = new LinkedHashMap<>();
            revisions.forEach((itemId, field) -> values.put(itemId, field.getValue()));
            reviews.revise(applicationId, values, reason.getValue());
            done("review.consensus.done");
        });
        confirm.setId("confirm-consensus");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(panels.of(applicationId), new Paragraph(getTranslation("review.consensus.intro")), matrix,
                new H3(getTranslation("review.consensus.ownScores")), fields, reason, confirm);
    }
}
