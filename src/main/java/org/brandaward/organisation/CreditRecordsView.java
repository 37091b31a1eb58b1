package org.brandaward.organisation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.TabularFile;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

/** 失信记录 — the office records blacklist entries or imports the credit platform's export (CSV or XLSX). */
@Route("credit-records")
@RolesAllowed(Roles.OFFICE)
class CreditRecordsView extends VerticalLayout implements HasDynamicTitle {

    private final CreditRecordService credit;
    private final Grid<CreditRecord> grid = new Grid<>();
    private final TextField creditCode = new TextField(getTranslation("organisation.creditCode"));
    private final TextField organisationName = new TextField(getTranslation("organisation.name"));
    private final Select<CreditRecord.Kind> kind = new Select<>();
    private final TextField source = new TextField(getTranslation("credit.source"));
    private final DatePicker listedOn = new DatePicker(getTranslation("credit.listedOn"));
    private final DatePicker endsOn = new DatePicker(getTranslation("credit.endsOn"));
    private final TextArea reason = new TextArea(getTranslation("credit.reason"));
    private final Binder<CreditRecordForm> binder = new Binder<>(CreditRecordForm.class);

    CreditRecordsView(CreditRecordService credit) {
        this.credit = credit;
        kind.setLabel(getTranslation("credit.kind"));
        kind.setItems(CreditRecord.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("credit.kind." + k));
        creditCode.setMaxLength(CreditCode.LENGTH);
        binder.bindInstanceFields(this);
        binder.setBean(new CreditRecordForm());
        Button save = new Button(getTranslation("credit.record"), e -> record());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            CreditRecordService.ImportResult result = credit.importFile(metadata.fileName(), bytes);
            if (result.alreadyRecordedLines().isEmpty()) {
                Messages.success("credit.imported", result.imported());
            } else {
                Messages.success("credit.importedSkipping", result.imported(), result.alreadyRecordedLines().size());
            }
            refresh();
        })));
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TabularFile.MAX_BYTES);

        grid.addColumn(CreditRecord::getCreditCode).setHeader(getTranslation("organisation.creditCode")).setAutoWidth(true);
        grid.addColumn(CreditRecord::getOrganisationName).setHeader(getTranslation("organisation.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("credit.kind." + r.getKind())).setHeader(getTranslation("credit.kind"));
        grid.addColumn(CreditRecord::getSource).setHeader(getTranslation("credit.source"));
        grid.addColumn(CreditRecord::getListedOn).setHeader(getTranslation("credit.listedOn"));
        grid.addColumn(CreditRecord::getEndsOn).setHeader(getTranslation("credit.endsOn"));
        grid.addColumn(CreditRecord::getReason).setHeader(getTranslation("credit.reason")).setFlexGrow(1);

        add(new H2(getTranslation("credit.title")), new Paragraph(getTranslation("credit.intro")),
                new H3(getTranslation("credit.new")), new FormLayout(creditCode, organisationName, kind, source, listedOn, endsOn, reason), save,
                new H3(getTranslation("credit.import")), new Paragraph(getTranslation("credit.importFormat", CreditRecordService.IMPORT_HEADER)), upload,
                grid);
        refresh();
    }

    private void record() {
        credit.record(binder.getBean());
        Messages.success("credit.recorded");
        binder.setBean(new CreditRecordForm());
        refresh();
    }

    private void refresh() {
        grid.setItems(credit.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credit.title");
    }
}
