package org.brandaward.certificate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import org.brandaward.KaribuTest;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 我的称号 and 老字号复核 in the browserless UI: the holder applies for re-evaluation from its titles and gets the lighter
 * form; the office re-checks a time-honoured brand from its task. 湖南名牌产品 2046 → 2047, 青海老字号 2047.
 */
class TitleViewsIT extends KaribuTest {

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired TitleValidityFixtures life;
    @Autowired CertificateService certificates;

    @AfterEach
    void release() {
        life.reset();
    }

    @Test
    void the_holder_applies_for_reevaluation_from_its_titles_and_fills_the_lighter_form() {
        Round round = roundFixtures.round("hn-famous-product", 2046, null);
        String applicant = organisationFixtures.applicantWithOrganisation("长沙复评界面食品有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "湘复评牌腊肉");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        roundFixtures.round("hn-famous-product", 2047, null);

        login(applicant, Roles.APPLICANT);
        UI.getCurrent().navigate(MyTitlesView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("my-titles"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(certificate.getNumber(), "湖南名牌产品", "湘复评牌腊肉", "有效");
        @SuppressWarnings("unchecked")
        Button reevaluate = (Button) GridKt._getCellComponent((Grid<Object>) grid, 0, "reevaluate");
        assertThat(reevaluate.getId()).hasValue("reevaluate-" + certificate.getId());
        _click(reevaluate);

        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("经营数据", "认证与标准", "监督抽查", "附件", "诚信承诺");
    }

    @Test
    void the_office_passes_a_re_check_and_the_title_runs_three_more_years() {
        Round round = roundFixtures.round("qh-time-honored-brand", 2047, null);
        String applicant = organisationFixtures.applicantWithOrganisation("西宁界面复核老字号有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "界面牌酸奶");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        life.moveTo(certificate.getValidUntil().minusDays(90), LocalTime.of(9, 0));
        life.runDueTimers(certificate.getId());

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("tasks/title-recheck/" + workflowFixtures.task(id, TitleLifeService.RECHECK_TASK));
        _setValue(_get(TextArea.class, spec -> spec.withId("recheck-reason")), "传承与经营情况良好");
        _click(_get(Button.class, spec -> spec.withId("recheck-pass")));

        assertThat(certificates.ofApplication(id).orElseThrow().getValidUntil()).isEqualTo(certificate.getValidUntil().plusYears(3));
        assertThat(life.waitsAt(certificate.getId())).containsExactly("RecheckDue");
    }
}
