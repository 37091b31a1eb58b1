package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.brandaward.KaribuTest;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The application form in the browserless Vaadin harness, in Chinese (the default language). */
class ApplicationFormViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;

    String applicant;
    long applicationId;

    @BeforeEach
    void draft() {
        Round round = roundFixtures.round(2026);
        applicant = organisationFixtures.applicantWithOrganisation("泰安茶叶有限公司");
        applicationId = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        login(applicant, Roles.APPLICANT);
        UI.getCurrent().navigate(ApplicationFormView.class, new RouteParameters("applicationId", Long.toString(applicationId)));
    }

    @Test
    void the_form_has_the_sections_of_a_famous_product_and_figures_for_the_three_years_before_the_round() {
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly(
                "单位概况", "申报产品", "经营数据", "认证与标准", "监督抽查", "附件", "诚信承诺");
        assertThat(field("figure-2023-sales").getLabel()).isEqualTo("销售额（元）");
        assertThat(_find(BigDecimalField.class)).extracting(BigDecimalField::getId).extracting(java.util.Optional::orElseThrow)
                .contains("figure-2025-rd-spend", "figure-2025-market-share")
                .noneMatch(id -> id.startsWith("figure-2022") || id.startsWith("figure-2026"));
        assertThat(_find(TextArea.class, spec -> spec.withId("leadership"))).as("no self-assessment for a brand").isEmpty();
    }

    @Test
    void submitting_an_empty_form_marks_every_required_field_and_submits_nothing() {
        assertThatThrownBy(() -> _click(button("submit-application"))).isInstanceOf(ApplicationIncompleteException.class);

        TextField product = text("product-name");
        assertThat(product.isInvalid()).isTrue();
        assertThat(product.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(text("trademark").isInvalid()).isTrue();
        assertThat(field("figure-2024-sales").isInvalid()).isTrue();
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("registered-in-province")).isInvalid()).isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withId("founded-year")).getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(field("figure-2024-market-share").isInvalid()).as("optional").isFalse();
        assertThat(_get(Checkbox.class, spec -> spec.withId("pledge-accepted")).isInvalid()).isTrue();
        assertThat(text("pledge-signatory").getErrorMessage()).isEqualTo("签名须与登记的法定代表人姓名一致");
        assertThat(applications.get(applicationId).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void a_negative_sales_figure_and_a_market_share_over_100_are_refused_with_their_rules() {
        fillComplete();
        _setValue(field("figure-2023-sales"), new BigDecimal("-5"));
        _setValue(field("figure-2024-market-share"), new BigDecimal("120"));
        _setValue(field("figure-2025-profit"), new BigDecimal("-300000"));

        assertThatThrownBy(() -> _click(button("submit-application"))).isInstanceOf(ApplicationIncompleteException.class);
        assertThat(field("figure-2023-sales").getErrorMessage()).isEqualTo("不能为负数");
        assertThat(field("figure-2024-market-share").getErrorMessage()).isEqualTo("须在0至100之间");
        assertThat(field("figure-2025-profit").isInvalid()).as("a loss is a figure too").isFalse();
        assertThat(text("product-name").isInvalid()).isFalse();
    }

    @Test
    void an_incomplete_draft_saves_and_comes_back() {
        _setValue(text("product-name"), "泰山女儿茶");
        _setValue(field("figure-2024-sales"), new BigDecimal("2500000.75"));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("registered-in-province")), Boolean.TRUE);
        _click(button("save-draft"));
        expectNotifications("草稿已保存");

        UI.getCurrent().navigate(MyApplicationsView.class);
        UI.getCurrent().navigate(ApplicationFormView.class, new RouteParameters("applicationId", Long.toString(applicationId)));
        assertThat(text("product-name").getValue()).isEqualTo("泰山女儿茶");
        assertThat(field("figure-2024-sales").getValue()).isEqualByComparingTo("2500000.75");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("registered-in-province")).getValue()).isEqualTo(Boolean.TRUE);
        assertThat(text("trademark").getValue()).isEmpty();
        assertThat(applications.get(applicationId).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void an_edited_draft_saves_itself_on_the_next_poll_and_an_untouched_one_does_not() {
        int savesBefore = drafts();
        _get(ApplicationFormView.class).autosave();
        assertThat(drafts()).isEqualTo(savesBefore);

        _setValue(text("product-name"), "泰山红茶");
        _get(ApplicationFormView.class).autosave();
        assertThat(applications.get(applicationId).getProductName()).isEqualTo("泰山红茶");
        assertThat(drafts()).isEqualTo(savesBefore + 1);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("autosaved")).getText()).startsWith("已于");
    }

    @Test
    void saving_a_draft_another_session_saved_meanwhile_says_so_and_keeps_the_other_save() {
        ApplicationForm elsewhere = applications.formOf(applicationId); // the same organisation in a second browser
        elsewhere.set("productName", "泰山绿茶");
        applications.saveDraft(applicationId, elsewhere);

        _setValue(text("product-name"), "泰山女儿茶");
        Throwable thrown = catchThrowable(() -> _click(button("save-draft")));
        assertThat(thrown).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown)); // as Vaadin passes a listener's exception on

        expectNotifications("该记录已被他人修改，请刷新后重试。");
        assertThat(applications.get(applicationId).getProductName()).isEqualTo("泰山绿茶");
    }

    @Test
    void a_draft_saves_again_and_again_from_the_same_form() {
        _setValue(text("product-name"), "泰山女儿茶");
        _click(button("save-draft"));
        _setValue(text("trademark"), "泰山");
        _get(ApplicationFormView.class).autosave();
        _setValue(text("trademark"), "泰山牌");
        _click(button("save-draft"));

        assertThat(applications.get(applicationId).getProductName()).isEqualTo("泰山女儿茶");
        assertThat(applications.formOf(applicationId).get("trademark")).isEqualTo("泰山牌");
    }

    @Test
    void the_timeline_shows_each_step_with_the_role_that_acted_and_never_a_name() {
        _setValue(text("product-name"), "泰山女儿茶");
        _click(button("save-draft"));
        UI.getCurrent().navigate(ApplicationDetailView.class, new RouteParameters("applicationId", Long.toString(applicationId)));

        assertThat(applications.timeline(applicationId)).extracting(TimelineEntry::action, TimelineEntry::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATED", Roles.APPLICANT),
                        org.assertj.core.groups.Tuple.tuple("DRAFT_SAVED", Roles.APPLICANT));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("timeline"));
        assertThat(GridKt._getFormattedRow(grid, 1)).containsSubsequence("保存草稿", "申报单位");
        assertThat(GridKt._getFormattedRow(grid, 1)).doesNotContain(applicant);
    }

    @Test
    void a_complete_form_submits() {
        fillComplete();
        _setValue(_get(Checkbox.class, spec -> spec.withId("pledge-accepted")), true);
        _setValue(text("pledge-signatory"), OrganisationFixtures.LEGAL_REPRESENTATIVE);
        _click(button("submit-application"));

        expectNotifications("申报已提交");
        assertThat(applications.get(applicationId).getStatus()).isEqualTo(ApplicationStatus.COUNTY_REVIEW);
    }

    @Test
    void another_organisations_application_shows_access_denied_instead_of_the_form() {
        String intruder = organisationFixtures.applicantWithOrganisation("莱芜钢铁有限公司");
        login(intruder, Roles.APPLICANT);
        UI.getCurrent().navigate(ApplicationFormView.class, new RouteParameters("applicationId", Long.toString(applicationId)));

        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("无权访问");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TextField.class, spec -> spec.withId("product-name"))).isEmpty();
    }

    /** Answers every required field of the famous-product form. */
    @SuppressWarnings("unchecked")
    private static void fillComplete() {
        _setValue(_get(IntegerField.class, spec -> spec.withId("founded-year")), 1998);
        for (String declaration : List.of("registered-in-province", "domestic-control", "trademark-disputed",
                "major-accident-last3-years", "financial-violation-last3-years", "spot-checks-passed-last3-years")) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(declaration)),
                    !declaration.startsWith("major") && !declaration.startsWith("financial") && !declaration.startsWith("trademark"));
        }
        _setValue(text("product-name"), "泰山女儿茶");
        _setValue(_get(IntegerField.class, spec -> spec.withId("product-since-year")), 2001);
        _setValue(text("trademark"), "泰山");
        _setValue(text("trademark-registration-no"), "第7654321号");
        for (int year = 2023; year <= 2025; year++) {
            for (String column : List.of("sales", "profit", "tax", "rd-spend")) {
                _setValue(field("figure-" + year + "-" + column), new BigDecimal("1000000"));
            }
        }
    }

    private int drafts() {
        return (int) applications.timeline(applicationId).stream().filter(e -> e.action().equals("DRAFT_SAVED")).count();
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static BigDecimalField field(String id) {
        return _get(BigDecimalField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
