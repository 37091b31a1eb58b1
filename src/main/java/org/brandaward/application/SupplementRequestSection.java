package org.brandaward.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** 补正 — the part of a reviewing task view where the reviewer picks what to reopen and says what to fix. */
public class SupplementRequestSection extends VerticalLayout {

    SupplementRequestSection(List<FormSection> sections, BiConsumer<Set<FormSection>, String> request) {
        setPadding(false);
        CheckboxGroup<FormSection> parts = new CheckboxGroup<>(getTranslation("supplement.parts"));
        parts.setId("supplement-parts");
        parts.setItems(sections);
        parts.setItemLabelGenerator(section -> getTranslation("formSection." + section));
        TextArea items = new TextArea(getTranslation("supplement.items"));
        items.setId("supplement-items");
        items.setWidthFull();
        items.setMaxLength(SupplementRequest.ITEMS_MAX);
        Button send = new Button(getTranslation("supplement.request"), e -> request.accept(parts.getValue(), items.getValue()));
        send.setId("request-supplement");
        add(new H3(getTranslation("supplement.title")), parts, items, send);
    }
}
