package org.brandaward.organisation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.TestData;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering the organisation: the credit code is checked before anything is stored. */
class OrganisationViewIT extends KaribuTest {

    @Autowired UserAccountService accounts;
    @Autowired OrganisationService organisations;

    String username;

    @BeforeEach
    void newApplicant() {
        username = "org-view-" + System.nanoTime();
        TestData.asEngine(() -> accounts.create(username, "secret123", "测试", Roles.APPLICANT));
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
        String code = TestData.newCreditCode();
        fill(code.toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("register-organisation")));

        expectNotifications("单位已登记");
        assertThat(organisations.currentOrganisation()).hasValueSatisfying(o -> {
            assertThat(o.getCreditCode()).isEqualTo(code);
            assertThat(o.getName()).isEqualTo("日照港务有限公司");
        });
    }

    private static void fill(String creditCode) {
        _setValue(_get(TextField.class, spec -> spec.withId("credit-code")), creditCode);
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-name")), "日照港务有限公司");
        _setValue(_get(TextField.class, spec -> spec.withId("legal-representative")), "李四");
        _setValue(_get(TextField.class, spec -> spec.withId("city")), "日照市");
        _setValue(_get(TextField.class, spec -> spec.withId("county")), "东港区");
    }
}
