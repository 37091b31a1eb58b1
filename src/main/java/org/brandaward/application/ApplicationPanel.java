package org.brandaward.application;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import org.brandaward.organisation.Organisation;
import org.brandaward.programme.ProgrammeDescriptor;

import java.text.NumberFormat;
import java.util.List;

/** A read-only view of an application for the people who work on it. */
public class ApplicationPanel extends Composite<FormLayout> {

    public ApplicationPanel(Application application, Organisation organisation, ProgrammeDescriptor programme,
                            List<Attachment> attachments) {
        FormLayout layout = getContent();
        item(programme.name(getLocale()), "application.programme");
        item(organisation.getName(), "organisation.name");
        item(organisation.getCreditCode(), "organisation.creditCode");
        item(organisation.getCity(), "organisation.city");
        Span product = item(application.getProductName(), "application.productName");
        product.setId("panel-product-name");
        item(application.getTrademark(), "application.trademark");
        NumberFormat yuan = NumberFormat.getNumberInstance(getLocale());
        application.getFigures().forEach(f -> item(f.getSales() == null ? "" : yuan.format(f.getSales()),
                "application.salesOfYear", f.getYear()));
        AttachmentList files = new AttachmentList(attachments, null);
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
