package org.brandaward.application;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The input components of a form built from its fields, by the name a violation carries: typed fields by field name,
 * figures by {@link FormSections#figureField}. Reads an {@link ApplicationForm} out and fills one in.
 */
class AnswerFields {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Function<String, String> translation;

    AnswerFields(Function<String, String> translation) {
        this.translation = translation;
    }

    /** The input of a typed field, with the id {@code <field-name>} (kebab case) and its label. */
    Component create(FormField field) {
        String label = translation.apply("field." + field.name()) + (field.required() ? " *" : "");
        Component component = switch (field.type()) {
            case TEXT -> {
                TextField text = new TextField(label);
                text.setMaxLength(ApplicationForm.TEXT_MAX);
                yield text;
            }
            case LONG_TEXT -> {
                TextArea area = new TextArea(label);
                area.setMaxLength(ApplicationForm.LONG_TEXT_MAX);
                area.setWidthFull();
                yield area;
            }
            case YEAR, WHOLE_NUMBER -> new IntegerField(label);
            case YES_NO -> {
                RadioButtonGroup<Boolean> yesNo = new RadioButtonGroup<>(label);
                yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
                yesNo.setItemLabelGenerator(b -> translation.apply("yesNo." + b));
                yield yesNo;
            }
        };
        component.setId(kebab(field.name()));
        fields.put(field.name(), (HasValue<?, ?>) component);
        return component;
    }

    /** The input of one figure of one year, with the id {@code figure-<year>-<column>}. */
    Component createFigure(int year, FigureColumn column) {
        BigDecimalField amount = new BigDecimalField(translation.apply("figures." + column.key()));
        amount.setId("figure-" + year + "-" + kebab(column.key()));
        fields.put(FormSections.figureField(year, column.key()), amount);
        return amount;
    }

    /** Fills the inputs from a form; figures of years the form lacks stay empty. */
    void fill(ApplicationForm form, Iterable<Integer> figureYears) {
        fields.forEach((name, field) -> {
            if (!name.startsWith("figures.")) {
                setValue(field, form.get(name));
            }
        });
        for (int year : figureYears) {
            Figure figure = form.figureOf(year);
            for (FigureColumn column : FigureColumn.values()) {
                setValue(fields.get(FormSections.figureField(year, column.key())), figure == null ? null : column.of(figure));
            }
        }
    }

    /** The answers typed so far, with the pledge left for the caller. */
    ApplicationForm read(Iterable<Integer> figureYears) {
        ApplicationForm form = new ApplicationForm();
        fields.forEach((name, field) -> {
            if (!name.startsWith("figures.")) {
                form.set(name, field.getValue());
            }
        });
        for (int year : figureYears) {
            Figure figure = form.figure(year);
            for (FigureColumn column : FigureColumn.values()) {
                column.set(figure, (java.math.BigDecimal) fields.get(FormSections.figureField(year, column.key())).getValue());
            }
        }
        return form;
    }

    void setReadOnly(String name, boolean readOnly) {
        fields.get(name).setReadOnly(readOnly);
    }

    void addValueChangeListener(Runnable listener) {
        fields.values().forEach(f -> f.addValueChangeListener(e -> listener.run()));
    }

    /** Marks the input a violation names. */
    void showError(String name, String message) {
        if (fields.get(name) instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
    }

    void clearErrors() {
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setValue(HasValue field, Object value) {
        if (value == null) {
            field.clear();
        } else if (field instanceof IntegerField && value instanceof Number number) {
            field.setValue(number.intValue());
        } else {
            field.setValue(value);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase();
    }
}
