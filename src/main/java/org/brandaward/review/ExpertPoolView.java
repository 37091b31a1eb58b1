package org.brandaward.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.TabularFile;
import org.brandaward.organisation.DivisionField;
import org.brandaward.organisation.Divisions;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.util.List;
import java.util.stream.Collectors;

/** 专家库 — the office lists, adds, edits and imports the experts of the pool. */
@Route("experts")
@RolesAllowed(Roles.OFFICE)
class ExpertPoolView extends VerticalLayout implements HasDynamicTitle {

    private final ExpertPoolService pool;
    private final Divisions divisions;
    private final Grid<Expert> grid = new Grid<>();
    private final Paragraph citiesToFix = new Paragraph();
    private final Binder<ExpertForm> binder = new Binder<>(ExpertForm.class);
    private final H3 formTitle = new H3();
    /** The entry being edited, or null for a new one. */
    private Long editing;

    ExpertPoolView(ExpertPoolService pool, Divisions divisions) {
        this.pool = pool;
        this.divisions = divisions;
        grid.setId("experts");
        grid.addColumn(Expert::getName).setHeader(getTranslation("expert.name")).setAutoWidth(true);
        grid.addColumn(this::cityOf).setHeader(getTranslation("expert.city")).setAutoWidth(true);
        grid.addColumn(Expert::getEmployer).setHeader(getTranslation("expert.employer")).setAutoWidth(true);
        grid.addColumn(Expert::getTitle).setHeader(getTranslation("expert.title")).setAutoWidth(true);
        grid.addColumn(e -> e.getFields().stream().sorted().map(f -> getTranslation("family." + f)).collect(Collectors.joining("、")))
                .setHeader(getTranslation("expert.fields")).setAutoWidth(true);
        grid.addColumn(e -> e.getRelatedCreditCodes().size()).setHeader(getTranslation("expert.relations"));
        grid.addColumn(Expert::getUsername).setHeader(getTranslation("expert.username")).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue().getId(), pool.formOf(e.getValue().getId()));
            }
        });

        TextField name = text("expert.name", "expert-name", ExpertForm.TEXT_MAX);
        DivisionField city = new DivisionField(divisions, DivisionField.Depth.CITY, "expert-");
        city.setId("expert-region");
        city.setLabel(getTranslation("expert.city"));
        TextField employer = text("expert.employer", "expert-employer", ExpertForm.EMPLOYER_MAX);
        TextField employerCode = text("expert.employerCreditCode", "expert-employer-code", 18);
        TextField title = text("expert.title", "expert-title", ExpertForm.TEXT_MAX);
        TextField industries = text("expert.industries", "expert-industries", ExpertForm.INDUSTRIES_MAX);
        TextField username = text("expert.username", "expert-username", 100);
        CheckboxGroup<Family> fields = new CheckboxGroup<>(getTranslation("expert.fields"));
        fields.setId("expert-fields");
        fields.setItems(Family.values());
        fields.setItemLabelGenerator(f -> getTranslation("family." + f));
        TextArea relations = new TextArea(getTranslation("expert.relatedCreditCodes"));
        relations.setId("expert-relations");
        relations.setHelperText(getTranslation("expert.relatedCreditCodes.help"));
        binder.forField(name).bind(ExpertForm::getName, ExpertForm::setName);
        binder.forField(city).bind(ExpertForm::getCityCode, ExpertForm::setCityCode);
        binder.forField(employer).bind(ExpertForm::getEmployer, ExpertForm::setEmployer);
        binder.forField(employerCode).bind(ExpertForm::getEmployerCreditCode, ExpertForm::setEmployerCreditCode);
        binder.forField(title).bind(ExpertForm::getTitle, ExpertForm::setTitle);
        binder.forField(industries).bind(ExpertForm::getIndustries, ExpertForm::setIndustries);
        binder.forField(username).bind(ExpertForm::getUsername, ExpertForm::setUsername);
        binder.forField(fields).bind(ExpertForm::getFields, ExpertForm::setFields);
        binder.forField(relations).bind(ExpertForm::getRelatedCreditCodes, ExpertForm::setRelatedCreditCodes);

        Button save = new Button(getTranslation("expert.save"), e -> {
            pool.save(editing, binder.getBean());
            Messages.success("expert.saved");
            edit(null, new ExpertForm());
            refresh();
        });
        save.setId("expert-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addNew = new Button(getTranslation("expert.new"), e -> edit(null, new ExpertForm()));
        addNew.setId("expert-new");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            int count = pool.importFile(metadata.fileName(), bytes);
            Messages.success("expert.imported", count);
            refresh();
        })));
        upload.setId("expert-import");
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFileSize(TabularFile.MAX_BYTES);

        FormLayout form = new FormLayout(name, city, employer, employerCode, title, industries, username, fields, relations);
        form.setColspan(city, 2);
        form.setColspan(relations, 2);
        citiesToFix.setId("expert-cities-to-fix");
        RouterLink workload = new RouterLink(getTranslation("workload.link"), ExpertWorkloadView.class);
        workload.setId("expert-workload-link");
        add(new H2(getTranslation("expert.poolTitle")), workload, citiesToFix, grid, formTitle, form, new HorizontalLayout(save, addNew),
                new H3(getTranslation("expert.import")), new Paragraph(getTranslation("expert.importFormat", ExpertPoolService.IMPORT_HEADER)),
                upload);
        edit(null, new ExpertForm());
        refresh();
    }

    private TextField text(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    private void edit(Long expertId, ExpertForm form) {
        editing = expertId;
        formTitle.setText(getTranslation(expertId == null ? "expert.new" : "expert.edit"));
        binder.setBean(form);
    }

    private void refresh() {
        List<Expert> experts = pool.all();
        grid.setItems(experts);
        List<String> toFix = experts.stream().filter(Expert::isCityToFix).map(Expert::getName).toList();
        citiesToFix.setText(getTranslation("expert.citiesToFix", toFix.size(), String.join("、", toFix)));
        citiesToFix.setVisible(!toFix.isEmpty());
    }

    /** The city by name; an expert's city still to fix shows the text typed before, marked. */
    private String cityOf(Expert expert) {
        return expert.isCityToFix() ? getTranslation("expert.cityToFix", expert.getLegacyCity()) : divisions.nameOf(expert.getCityCode());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("expert.poolTitle");
    }
}
