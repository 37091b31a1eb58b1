package org.brandaward.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.organisation.Division;
import org.brandaward.organisation.DivisionField;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The office adds an expert in the pool view, picking the city from the national list, and then edits the entry it selects. */
class ExpertPoolViewIT extends KaribuTest {

    @Autowired ExpertPoolService pool;
    @Autowired JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void the_office_adds_an_expert_and_edits_it() {
        login("office", Roles.OFFICE);
        UI.getCurrent().navigate(ExpertPoolView.class);
        String name = "吴研究员" + System.nanoTime() % 1000;
        _setValue(_get(TextField.class, spec -> spec.withId("expert-name")), name);
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("expert-province")), "山东省");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("expert-city")), "淄博市");
        assertThat(_find(ComboBox.class, spec -> spec.withId("expert-county"))).as("an expert names a city only").isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("expert-employer")), "山东理工大学");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("expert-fields")), Set.of(Family.FAMOUS_BRAND));
        _click(_get(Button.class, spec -> spec.withId("expert-save")));
        expectNotifications("专家信息已保存");

        Expert added = pool.all().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
        Grid<Expert> grid = _get(Grid.class, spec -> spec.withId("experts"));
        grid.select(added);
        assertThat(added.getCityCode()).isEqualTo("370300");
        assertThat(getSuggestions(_get(ComboBox.class, spec -> spec.withId("expert-city")))).hasSize(16).contains("淄博市");
        assertThat(((Division) _get(ComboBox.class, spec -> spec.withId("expert-city")).getValue()).name()).isEqualTo("淄博市");
        _setValue(_get(TextField.class, spec -> spec.withId("expert-title")), "研究员");
        _click(_get(Button.class, spec -> spec.withId("expert-save")));

        assertThat(pool.all()).filteredOn(e -> e.getName().equals(name)).singleElement()
                .satisfies(e -> assertThat(e.getTitle()).isEqualTo("研究员"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_expert_whose_city_typed_before_matched_nothing_is_listed_until_the_office_picks_the_city() {
        String name = "旧录入专家" + System.nanoTime() % 100000;
        long id = jdbc.queryForObject("insert into expert (name, legacy_city, employer, created_at) values (?, '淄博', '山东理工大学', now())"
                + " returning id", Long.class, name);
        jdbc.update("insert into expert_field (expert_id, family) values (?, 'FAMOUS_BRAND')", id);
        login("office", Roles.OFFICE);
        UI.getCurrent().navigate(ExpertPoolView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("expert-cities-to-fix")).getText()).contains(name);

        Grid<Expert> grid = _get(Grid.class, spec -> spec.withId("experts"));
        grid.select(pool.all().stream().filter(e -> e.getId() == id).findFirst().orElseThrow());
        assertThat(_get(DivisionField.class, spec -> spec.withId("expert-region")).getValue()).isNull();
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("expert-province")), "山东省");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("expert-city")), "淄博市");
        _click(_get(Button.class, spec -> spec.withId("expert-save")));

        assertThat(jdbc.queryForMap("select city_code, legacy_city from expert where id = ?", id))
                .containsEntry("city_code", "370300").containsEntry("legacy_city", null);
        assertThat(_find(Paragraph.class, spec -> spec.withId("expert-cities-to-fix")))
                .allSatisfy(p -> assertThat(p.getText()).doesNotContain(name));
    }
}
