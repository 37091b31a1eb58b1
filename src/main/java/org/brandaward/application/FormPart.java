package org.brandaward.application;

import java.util.List;

/** The parts of the form a supplement request (补正) can reopen; the rest stays as submitted. */
public enum FormPart {
    PRODUCT_NAME(List.of("productName")),
    TRADEMARK(List.of("trademark")),
    SALES(List.of("salesYear1", "salesYear2", "salesYear3")),
    ATTACHMENTS(List.of());

    private final List<String> fields;

    FormPart(List<String> fields) {
        this.fields = fields;
    }

    /** The {@link ApplicationForm} properties of this part. */
    public List<String> fields() {
        return fields;
    }
}
