package org.brandaward.organisation;

import org.brandaward.security.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering the organisation: the credit code is checked before anything is stored, and the county is picked from
 * the national list, province by city.
 */
class OrganisationViewIT extends KaribuTest {

    @Autowired UserAccountService accounts;
    @Autowired OrganisationService organisations;

    String username;

    @BeforeEach
    void newApplicant() {
        username = "org-view-" + System.nanoTime();
        SignIn.asEngine(() -> accounts.create(username, "secret123", "测试", Roles.APPLICANT));
        login(username, Roles.APPLICANT);
        UI.getCurrent().navigate(OrganisationView.class);
    }

    @Test
    void a_wrong_check_character_is_refused_with_a_message_saying_so() {
        fill("91350100M000100Y44");
        _click(_get(Button.class, spec -> spec.withId("register-organisation")));

        TextField code = _get(TextField.class, spec -> spec.withId("credit-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("统一社会信用代码校验位错误，请核对营业执照");
        assertThat(organisations.currentOrganisation()).isEmpty();
    }

    @Test
    void a_code_of_the_wrong_length_is_refused() {
        fill("9135010");
        _click(_get(Button.class, spec -> spec.withId("register-organisation")));

        assertThat(_get(TextField.class, spec -> spec.withId("credit-code")).getErrorMessage()).isEqualTo("统一社会信用代码应为18位");
        assertThat(organisations.currentOrganisation()).isEmpty();
    }

    @Test
    void a_valid_code_registers_the_organisation() {
        String code = OrganisationFixtures.newCreditCode();
        fill(code.toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("register-organisation")));

        expectNotifications("单位已登记");
        assertThat(organisations.currentOrganisation()).hasValueSatisfying(o -> {
            assertThat(o.getCreditCode()).isEqualTo(code);
            assertThat(o.getName()).isEqualTo("日照港务有限公司");
            assertThat(o.getCountyCode()).isEqualTo("371102");
            assertThat(o.getCityCode()).isEqualTo("371100");
        });
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-city-name")).getText()).isEqualTo("日照市");
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-county-name")).getText()).isEqualTo("东港区");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_county_is_picked_from_the_cities_of_the_province_and_the_counties_of_the_city() {
        ComboBox<Division> province = _get(ComboBox.class, spec -> spec.withId("province"));
        ComboBox<Division> city = _get(ComboBox.class, spec -> spec.withId("city"));
        ComboBox<Division> county = _get(ComboBox.class, spec -> spec.withId("county"));
        assertThat(getSuggestions(province)).containsExactly("山东省", "湖南省", "青海省");
        assertThat(city.isEnabled()).as("no city before the province").isFalse();

        selectByLabel(province, "青海省");
        assertThat(getSuggestions(city)).hasSize(8).contains("西宁市", "海东市", "玉树藏族自治州");
        selectByLabel(city, "西宁市");
        assertThat(getSuggestions(county)).containsExactly("城东区", "城中区", "城西区", "城北区", "湟中区", "大通回族土族自治县", "湟源县");
        selectByLabel(county, "城东区");
        assertThat(_get(DivisionField.class, spec -> spec.withId("region")).getValue()).isEqualTo("630102");

        selectByLabel(province, "山东省");
        assertThat(city.getValue()).as("another province clears the city").isNull();
        assertThat(county.getValue()).isNull();
        assertThat(_get(DivisionField.class, spec -> spec.withId("region")).getValue()).isNull();
        selectByLabel(city, "济南市");
        assertThat(getSuggestions(county)).hasSize(12).contains("历下区", "市中区", "章丘区").doesNotContain("东港区");
        assertThat(_get(DivisionField.class, spec -> spec.withId("region")).getValue()).as("a city alone is no county").isNull();

        _setValue(_get(TextField.class, spec -> spec.withId("credit-code")), OrganisationFixtures.newCreditCode());
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-name")), "济南趵突泉饮品有限公司");
        _setValue(_get(TextField.class, spec -> spec.withId("legal-representative")), "李四");
        _click(_get(Button.class, spec -> spec.withId("register-organisation")));
        assertThat(organisations.currentOrganisation()).as("no county picked, nothing registered").isEmpty();

        selectByLabel(county, "市中区");
        _click(_get(Button.class, spec -> spec.withId("register-organisation")));
        assertThat(organisations.currentOrganisation()).hasValueSatisfying(o -> assertThat(o.getCountyCode())
                .as("济南's 市中区, not 枣庄's").isEqualTo("370103"));
    }

    private static void fill(String creditCode) {
        _setValue(_get(TextField.class, spec -> spec.withId("credit-code")), creditCode);
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-name")), "日照港务有限公司");
        _setValue(_get(TextField.class, spec -> spec.withId("legal-representative")), "李四");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("province")), "山东省");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("city")), "日照市");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("county")), "东港区");
    }
}
