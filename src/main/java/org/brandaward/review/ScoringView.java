package org.brandaward.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.Reasons;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.ui.Messages;
import org.brandaward.security.Roles;
import org.brandaward.survey.SatisfactionFigure;
import org.brandaward.survey.SatisfactionService;
import org.brandaward.survey.SatisfactionSummary;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 专家评分 — the expert scores the application item by item against the rubric, with the band descriptions beside
 * each percentage and the formula's points beside each formula item, writes strengths and opportunities, saves a
 * draft and finally submits.
 */
@Route("tasks/scoring/:taskId")
@RolesAllowed(Roles.EXPERT)
class ScoringView extends TaskView {

    private final WorkflowService workflow;
    private final ReviewService reviews;
    private final ApplicationPanels panels;
    private final SatisfactionService satisfactions;

    /** The inputs of one rubric item. */
    private record ItemInputs(Rubric.Item item, IntegerField given, TextField adjustReason, TextArea strengths,
                              TextArea opportunities) {
        ReviewService.ItemEntry entry() {
            return new ReviewService.ItemEntry(item.id(), given.getValue(), adjustReason == null ? null : adjustReason.getValue(),
                    strengths.getValue(), opportunities.getValue());
        }
    }

    ScoringView(WorkflowService workflow, ReviewService reviews, ApplicationPanels panels, SatisfactionService satisfactions) {
        super(workflow);
        this.satisfactions = satisfactions;
        this.workflow = workflow;
        this.reviews = reviews;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        long applicationId = task.applicationId();
        ReviewStage stage = ReviewStage.valueOf(workflow.stringVariable(task.id(), ProcessVariables.STAGE));
        Rubric rubric = reviews.rubricOf(applicationId);
        Map<String, Integer> formulas = reviews.formulaScores(applicationId);
        Optional<ScoreSheet> draft = reviews.ownSheet(applicationId, stage);
        add(panels.of(applicationId), new H3(getTranslation("review.sheet", rubric.name(getLocale()),
                getTranslation("review.stage." + stage))));
        SatisfactionFigure satisfaction = satisfactions.figureOf(applicationId);
        if (satisfaction != null) {
            SatisfactionSummary summary = new SatisfactionSummary(satisfaction);
            summary.setId("satisfaction-figure");
            add(summary);
        }
        if (!rubric.bands().isEmpty()) {
            UnorderedList bands = new UnorderedList();
            rubric.bands().forEach(b -> bands.add(new ListItem(getTranslation("review.band", b.from(), b.to(), b.text(getLocale())))));
            add(bands);
        }
        List<ItemInputs> inputs = new ArrayList<>();
        for (Rubric.Category category : rubric.categories()) {
            add(new H4(getTranslation("review.category", category.id(), category.name(getLocale()), category.points())));
            for (Rubric.Item item : category.items()) {
                ItemInputs itemInputs = itemInputs(rubric, item, formulas.get(item.id()), draft.flatMap(s -> s.item(item.id())));
                inputs.add(itemInputs);
            }
        }
        Button save = new Button(getTranslation("review.saveDraft"), e -> {
            reviews.saveDraft(applicationId, stage, inputs.stream().map(ItemInputs::entry).toList());
            Messages.success("review.draftSaved");
        });
        save.setId("save-draft");
        Button submit = new Button(getTranslation("review.submit"), e -> {
            reviews.submit(task.id(), applicationId, stage, inputs.stream().map(ItemInputs::entry).toList());
            done("review.submitted");
        });
        submit.setId("submit-score");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(save, submit));
    }

    private ItemInputs itemInputs(Rubric rubric, Rubric.Item item, Integer formula, Optional<ItemScore> saved) {
        String key = item.id().replace('.', '-');
        boolean percent = rubric.scoring() == Rubric.Scoring.PERCENT_STEPS;
        IntegerField given = new IntegerField(getTranslation(percent ? "review.item.percent" : "review.item.points",
                item.id(), item.name(getLocale()), item.points()));
        given.setId("item-" + key);
        given.setMin(0);
        given.setMax(rubric.maximum(item));
        given.setStep(rubric.step());
        given.setStepButtonsVisible(true);
        given.setWidth("20em");
        if (percent) {
            given.addValueChangeListener(e -> given.setHelperText(e.getValue() == null ? null
                    : rubric.bandOf(e.getValue()).map(b -> b.text(getLocale())).orElse(null)));
        }
        TextField adjustReason = null;
        if (formula != null) {
            adjustReason = new TextField(getTranslation("review.item.adjustReason"));
            adjustReason.setId("reason-" + key);
            adjustReason.setMaxLength(Reasons.MAX);
            adjustReason.setHelperText(getTranslation("review.item.formula", formula));
            given.setHelperText(getTranslation("review.item.formula", formula));
        }
        TextArea strengths = new TextArea(getTranslation("review.item.strengths"));
        strengths.setId("strengths-" + key);
        strengths.setMaxLength(ItemScore.TEXT_MAX);
        TextArea opportunities = new TextArea(getTranslation("review.item.opportunities"));
        opportunities.setId("opportunities-" + key);
        opportunities.setMaxLength(ItemScore.TEXT_MAX);
        given.setValue(saved.map(ItemScore::getGiven).orElse(formula));
        saved.map(ItemScore::getStrengths).ifPresent(strengths::setValue);
        saved.map(ItemScore::getOpportunities).ifPresent(opportunities::setValue);
        FormLayout row = new FormLayout();
        row.add(given);
        if (adjustReason != null) {
            saved.map(ItemScore::getAdjustReason).ifPresent(adjustReason::setValue);
            row.add(adjustReason);
        }
        row.add(strengths, opportunities);
        row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("800px", 2));
        add(row);
        return new ItemInputs(item, given, adjustReason, strengths, opportunities);
    }
}
