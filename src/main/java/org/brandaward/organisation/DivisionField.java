package org.brandaward.organisation;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;
import java.util.Optional;

/**
 * Picks a region from the national list: province, then one of its cities, then one of that city's counties, each a
 * combo box filled by the one before. Its value is the code of the deepest division the {@link Depth} asks for, or
 * null while that is not picked. The boxes get the ids {@code <prefix>province}, {@code <prefix>city} and
 * {@code <prefix>county}.
 */
public class DivisionField extends CustomField<String> {

    public enum Depth {
        /** A city (an expert's). */
        CITY,
        /** A city, or a county of it (a recommender's: a city bureau leaves the county empty). */
        CITY_OR_COUNTY,
        /** A county (an organisation's). */
        COUNTY
    }

    private final Divisions divisions;
    private final Depth depth;
    private final ComboBox<Division> province = new ComboBox<>();
    private final ComboBox<Division> city = new ComboBox<>();
    private final ComboBox<Division> county = new ComboBox<>();
    /** Set while the value is put into the boxes, so their cascade does not count as the user's change. */
    private boolean presenting;

    public DivisionField(Divisions divisions, Depth depth, String idPrefix) {
        this.divisions = divisions;
        this.depth = depth;
        province.setLabel(getTranslation("division.province"));
        city.setLabel(getTranslation("division.city"));
        county.setLabel(getTranslation("division.county"));
        province.setId(idPrefix + "province");
        city.setId(idPrefix + "city");
        county.setId(idPrefix + "county");
        for (ComboBox<Division> box : List.of(province, city, county)) {
            box.setItemLabelGenerator(Division::name);
            box.setAllowCustomValue(false);
        }
        if (depth == Depth.CITY_OR_COUNTY) {
            county.setHelperText(getTranslation("division.countyOptional"));
        }
        county.setVisible(depth != Depth.CITY);
        province.setItems(divisions.provinces());
        province.addValueChangeListener(e -> {
            city.clear();
            city.setItems(e.getValue() == null ? List.of() : divisions.citiesOf(e.getValue().code()));
            city.setEnabled(e.getValue() != null);
            changed();
        });
        city.addValueChangeListener(e -> {
            county.clear();
            county.setItems(e.getValue() == null ? List.of() : divisions.countiesOf(e.getValue().code()));
            county.setEnabled(e.getValue() != null);
            changed();
        });
        county.addValueChangeListener(e -> changed());
        city.setEnabled(false);
        county.setEnabled(false);
        HorizontalLayout boxes = new HorizontalLayout(province, city, county);
        boxes.setPadding(false);
        add(boxes);
    }

    private void changed() {
        if (!presenting) {
            updateValue();
        }
    }

    @Override
    protected String generateModelValue() {
        Division pickedCounty = county.getValue();
        Division pickedCity = city.getValue();
        return switch (depth) {
            case CITY -> pickedCity == null ? null : pickedCity.code();
            case COUNTY -> pickedCounty == null ? null : pickedCounty.code();
            case CITY_OR_COUNTY -> pickedCounty != null ? pickedCounty.code() : pickedCity == null ? null : pickedCity.code();
        };
    }

    @Override
    protected void setPresentationValue(String code) {
        presenting = true;
        try {
            Optional<Division> division = divisions.get(code);
            Division countyPicked = division.filter(d -> d.level() == Division.Level.COUNTY).orElse(null);
            Division cityPicked = countyPicked != null ? divisions.parentOf(countyPicked.code()).orElse(null)
                    : division.filter(d -> d.level() == Division.Level.CITY).orElse(null);
            Division provincePicked = cityPicked == null ? null : divisions.parentOf(cityPicked.code()).orElse(null);
            province.setValue(provincePicked);
            city.setValue(cityPicked);
            county.setValue(countyPicked);
        } finally {
            presenting = false;
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        province.setReadOnly(readOnly);
        city.setReadOnly(readOnly);
        county.setReadOnly(readOnly);
    }
}
