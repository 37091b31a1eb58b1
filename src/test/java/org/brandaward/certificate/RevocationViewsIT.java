package org.brandaward.certificate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** 称号管理 → 发起撤销复核 → 待办任务 → 撤销称号, as the office works it in the views. Round 山东名牌产品 2068. */
class RevocationViewsIT extends KaribuTest {

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateService certificates;
    @Autowired WorkflowService workflow;
    @Autowired Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void the_office_opens_a_review_from_the_register_and_revokes_the_title_in_the_task() {
        Round round = roundFixtures.round("sd-famous-product", 2068, null);
        String applicant = organisationFixtures.applicantWithOrganisation("德州撤销视图扒鸡有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "德州牌扒鸡");
        String number = certificates.ofApplication(id).orElseThrow().getNumber();

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("titles");
        _setValue(_get(TextField.class, spec -> spec.withId("titles-search")), number.toLowerCase());
        Grid<CertificateRepository.TitleLine> titles = _get(Grid.class, spec -> spec.withId("titles"));
        assertThat(GridKt._size(titles)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(titles, 0)).contains(number, "德州撤销视图扒鸡有限公司", "德州牌扒鸡", "山东名牌产品", "有效");
        _click((Button) GridKt._getCellComponent(titles, 0, "open"));
        _setValue(_get(Select.class, spec -> spec.withId("titles-ground")), RevocationGround.MAJOR_ACCIDENT);
        _setValue(_get(TextArea.class, spec -> spec.withId("titles-reason")), "发生重大食品安全事故");
        _click(_get(Button.class, spec -> spec.withId("titles-confirm")));
        expectNotifications("已发起证书 " + number + " 的撤销复核");

        String taskId = workflow.inbox().stream().filter(t -> t.applicationId() == id && t.key().equals(RevocationReviewService.TASK_KEY))
                .findFirst().orElseThrow().id();
        UI.getCurrent().navigate("tasks/title-review/" + taskId);
        assertThat(_get(Span.class, spec -> spec.withId("revocation-proposed-ground")).getText()).isEqualTo("发生重大质量、安全事故");
        assertThat(_get(Select.class, spec -> spec.withId("revocation-ground")).getValue()).isEqualTo(RevocationGround.MAJOR_ACCIDENT);
        _setValue(_get(TextField.class, spec -> spec.withId("revocation-document-number")), "鲁质强办〔2068〕9号");
        _setValue(_get(DatePicker.class, spec -> spec.withId("revocation-decided-on")), LocalDate.now(clock));
        _setValue(_get(TextArea.class, spec -> spec.withId("title-review-reason")), "经调查属实，撤销称号");
        _click(_get(Button.class, spec -> spec.withId("revocation-revoke")));
        expectNotifications("称号已撤销");

        Certificate revoked = SignIn.asEngine(() -> certificates.ofApplication(id).orElseThrow());
        assertThat(revoked.getRevocationGround()).isEqualTo(RevocationGround.MAJOR_ACCIDENT);
        assertThat(revoked.getRevocationDocumentNumber()).isEqualTo("鲁质强办〔2068〕9号");
        UI.getCurrent().navigate("titles");
        _setValue(_get(TextField.class, spec -> spec.withId("titles-search")), "德州撤销视图");
        titles = _get(Grid.class, spec -> spec.withId("titles"));
        assertThat(GridKt._getFormattedRow(titles, 0)).contains(number, "已撤销（" + LocalDate.now(clock) + "，发生重大质量、安全事故）");
    }
}
