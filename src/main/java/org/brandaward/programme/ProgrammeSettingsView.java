package org.brandaward.programme;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** 项目设置 — the office changes a programme's settings (notice lengths, deadlines, default quotas) without a release. */
@Route("programmes")
@RolesAllowed(Roles.OFFICE)
class ProgrammeSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeSettings settings;
    private final FormLayout fields = new FormLayout();
    private final Map<ProgrammeSetting, Supplier<Integer>> inputs = new EnumMap<>(ProgrammeSetting.class);
    /** The values the fields were filled with: a save changes only what the user changed here. */
    private final Map<ProgrammeSetting, Integer> shown = new EnumMap<>(ProgrammeSetting.class);
    private final Select<ProgrammeDescriptor> programme = new Select<>();

    ProgrammeSettingsView(ProgrammeSettings settings) {
        this.settings = settings;
        programme.setLabel(getTranslation("round.programme"));
        programme.setId("settings-programme");
        programme.setItems(settings.all());
        programme.setItemLabelGenerator(p -> p.name(getLocale()));
        programme.addValueChangeListener(e -> show(e.getValue()));
        Button save = new Button(getTranslation("programmeSetting.save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("programmeSetting.title")), new Paragraph(getTranslation("programmeSetting.intro")),
                programme, fields, save);
    }

    private void show(ProgrammeDescriptor selected) {
        fields.removeAll();
        inputs.clear();
        shown.clear();
        if (selected == null) {
            return;
        }
        ProgrammeDescriptor current = settings.get(selected.id());
        ProgrammeDescriptor shipped = settings.shipped(selected.id());
        for (ProgrammeSetting setting : ProgrammeSetting.values()) {
            if (!setting.appliesTo(current.family())) {
                continue;
            }
            Integer original = settings.valueOf(shipped, setting);
            shown.put(setting, settings.valueOf(current, setting));
            if (setting.isSwitch()) {
                Checkbox input = new Checkbox(getTranslation("programmeSetting." + setting), settings.valueOf(current, setting) == 1);
                input.setId("setting-" + setting);
                input.setTooltipText(getTranslation("programmeSetting.shipped",
                        getTranslation(original == 1 ? "programmeSetting.on" : "programmeSetting.off")));
                inputs.put(setting, () -> input.getValue() ? 1 : 0);
                fields.add(input);
                continue;
            }
            IntegerField input = new IntegerField(getTranslation("programmeSetting." + setting));
            input.setId("setting-" + setting);
            input.setMin(setting.minimum());
            if (setting.maximum() != null) {
                input.setMax(setting.maximum());
            }
            input.setValue(settings.valueOf(current, setting));
            input.setHelperText(getTranslation("programmeSetting.shipped",
                    original == null ? getTranslation("programmeSetting.none") : original.toString()));
            inputs.put(setting, input::getValue);
            fields.add(input);
        }
    }

    private void save() {
        ProgrammeDescriptor selected = programme.getValue();
        if (selected == null) {
            return;
        }
        Map<ProgrammeSetting, Integer> changes = new EnumMap<>(ProgrammeSetting.class);
        inputs.forEach((setting, input) -> changes.put(setting, input.get()));
        settings.change(selected.id(), shown, changes);
        Messages.success("programmeSetting.saved");
        show(selected);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmeSetting.title");
    }
}
