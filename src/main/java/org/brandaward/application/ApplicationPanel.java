package org.brandaward.application;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.brandaward.organisation.Organisation;
import org.brandaward.programme.ProgrammeDescriptor;

import java.text.NumberFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read-only view of an application for the people who work on it. Blind, it leaves out who the applicant is — the
 * organisation, its credit code and city, the entry's name and trademark, the person's name — and lists only the
 * attachments marked as carrying no name of the applicant (the others carry names on their pages).
 */
public class ApplicationPanel extends Composite<FormLayout> {

    private static final Set<String> IDENTIFYING_FIELDS = Set.of(Application.PRODUCT_NAME, Application.TRADEMARK,
            "trademarkRegistrationNo", "personName");

    /**
     * {@code region} is the organisation's city and county by name; {@code attachments} are those the reader may see (see {@link AttachmentService#of}); {@code mark}, when the
     * reader may set the anonymised mark, is called with an attachment and its new mark, else null.
     */
    ApplicationPanel(Application application, Organisation organisation, String region, ProgrammeDescriptor programme,
                     List<Attachment> attachments, boolean blind, BiConsumer<Attachment, Boolean> mark) {
        FormLayout layout = getContent();
        item(programme.name(getLocale()), "application.programme");
        if (blind) {
            item(getTranslation("review.blind.applicant", application.getId()), "organisation.name").setId("panel-blind");
        } else {
            item(organisation.getName(), "organisation.name");
            item(organisation.getCreditCode(), "organisation.creditCode");
            item(region, "organisation.region").setId("panel-region");
        }
        for (FormField field : FormSections.fieldsOf(programme, application.getApplicantKind())) {
            if (blind && IDENTIFYING_FIELDS.contains(field.name())) {
                continue;
            }
            Object value = Application.PRODUCT_NAME.equals(field.name()) ? application.getProductName()
                    : Application.TRADEMARK.equals(field.name()) ? application.getTrademark() : application.detail(field.name());
            Span span = item(value instanceof Boolean yes ? getTranslation("yesNo." + yes) : value == null ? null : value.toString(),
                    "field." + field.name());
            span.setId("panel-" + AnswerFields.kebab(field.name()));
        }
        if (!application.getFigures().isEmpty()) {
            Grid<Figure> figures = new Grid<>();
            figures.setId("panel-figures");
            figures.setAllRowsVisible(true);
            NumberFormat number = NumberFormat.getNumberInstance(getLocale());
            figures.addColumn(Figure::getYear).setHeader(getTranslation("figures.year"));
            for (FigureColumn column : FigureColumn.values()) {
                figures.addColumn(f -> column.of(f) == null ? "" : number.format(column.of(f))).setHeader(getTranslation("figures." + column.key()));
            }
            figures.setItems(application.getFigures());
            layout.addFormItem(figures, getTranslation("formSection.FIGURES"));
            layout.setColspan(figures, 2);
        }
        AttachmentList list = new AttachmentList(attachments, null, mark);
        VerticalLayout files = new VerticalLayout(list);
        files.setPadding(false);
        if (blind) {
            Paragraph note = new Paragraph(getTranslation("attachment.blindOnly"));
            note.setId("attachments-blind");
            files.addComponentAsFirst(note);
        }
        layout.addFormItem(files, getTranslation("attachment.title"));
        layout.setColspan(files, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    }

    private Span item(String value, String labelKey, Object... arguments) {
        Span span = new Span(value == null ? "" : value);
        getContent().addFormItem(span, getTranslation(labelKey, arguments));
        return span;
    }
}
