package org.brandaward.programme;

import org.brandaward.security.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.brandaward.KaribuTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.EnumMap;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The office changes a programme's settings; the programme runs with them from then on, and the change is audited. */
class ProgrammeSettingsViewIT extends KaribuTest {

    static final String PROGRAMME = "qh-famous-brand";

    @Autowired ProgrammeSettings settings;
    @Autowired RoundFixtures roundFixtures;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void office() {
        login("office", Roles.OFFICE);
        UI.getCurrent().navigate(ProgrammeSettingsView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_changed_setting_holds_for_the_programme_and_for_rounds_opened_afterwards() {
        Select<ProgrammeDescriptor> programme = _get(Select.class, spec -> spec.withId("settings-programme"));
        _setValue(programme, settings.get(PROGRAMME));
        IntegerField notice = _get(IntegerField.class, spec -> spec.withId("setting-NOTICE_DAYS"));
        assertThat(notice.getValue()).isEqualTo(7);
        assertThat(notice.getHelperText()).isEqualTo("默认值：7");
        assertThat(_find(IntegerField.class, spec -> spec.withId("setting-CITY_NOTICE_WORKING_DAYS"))).as("quality awards only").isEmpty();
        _setValue(notice, 10);
        _setValue(_get(IntegerField.class, spec -> spec.withId("setting-QUOTA_PER_CITY")), 4);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        expectNotifications("设置已保存");
        assertThat(settings.get(PROGRAMME).noticeDays()).isEqualTo(10);
        assertThat(settings.get(PROGRAMME).quotas().perCity()).isEqualTo(4);
        assertThat(settings.shipped(PROGRAMME).noticeDays()).isEqualTo(7);
        assertThat(jdbc.queryForList("select actor, before_state, after_state from audit_event where entity_type = ? and detail = ?",
                ProgrammeSettings.AUDIT_TYPE, PROGRAMME + " NOTICE_DAYS")).singleElement()
                .isEqualTo(Map.of("actor", "office", "before_state", "7", "after_state", "10"));
        Round round = roundFixtures.round(PROGRAMME, 2041, null);
        assertThat(round.getQuotas().perCity()).isEqualTo(4);
    }

    @Test
    void a_refused_setting_stores_none_of_the_changes() {
        Map<ProgrammeSetting, Integer> changes = new EnumMap<>(ProgrammeSetting.class);
        changes.put(ProgrammeSetting.VALIDITY_YEARS, 5);
        changes.put(ProgrammeSetting.SUPPLEMENT_WORKING_DAYS, 0);
        assertThatThrownBy(() -> settings.change("sd-service-brand", changes))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("programmeSetting.minimum"));
        changes.put(ProgrammeSetting.SUPPLEMENT_WORKING_DAYS, null);
        assertThatThrownBy(() -> settings.change("sd-service-brand", changes))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("programmeSetting.required"));
        assertThatThrownBy(() -> settings.change("sd-service-brand", Map.of(ProgrammeSetting.MINIMUM_BRAND_AGE, 30)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("programmeSetting.notApplicable"));
        changes.put(ProgrammeSetting.SUPPLEMENT_WORKING_DAYS, 10);
        changes.put(ProgrammeSetting.SITE_WEIGHT_PERCENT, 120);
        assertThatThrownBy(() -> settings.change("sd-service-brand", changes)).as("a share above 100 %")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("programmeSetting.maximum"));
        changes.remove(ProgrammeSetting.SITE_WEIGHT_PERCENT);
        changes.put(ProgrammeSetting.BLIND_REVIEW, 2);
        assertThatThrownBy(() -> settings.change("sd-service-brand", changes)).as("a switch is on or off")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("programmeSetting.maximum"));
        assertThat(settings.get("sd-service-brand").validityYears()).isEqualTo(3);
        assertThat(settings.get("sd-service-brand").blindReview()).isFalse();
    }

    @Test
    void an_emptied_optional_setting_keeps_titles_without_end_and_only_the_office_changes_settings() {
        Map<ProgrammeSetting, Integer> changes = new EnumMap<>(ProgrammeSetting.class);
        changes.put(ProgrammeSetting.VALIDITY_YEARS, null);
        settings.change("hn-famous-product", changes);
        assertThat(settings.get("hn-famous-product").validityYears()).isNull();

        SignIn.as("applicant", Roles.APPLICANT);
        assertThatThrownBy(() -> settings.change("hn-famous-product", Map.of(ProgrammeSetting.NOTICE_DAYS, 3)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
