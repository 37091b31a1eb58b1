package org.brandaward.survey;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The office's survey page for 山东名牌产品 2073: the window, an import previewed with its rejected rows, then confirmed. */
class SurveyViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired SurveyService surveys;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void the_office_previews_an_import_sees_the_rejected_row_and_confirms_the_rest() {
        Round round = roundFixtures.round(2073);
        organisationFixtures.applicantWithOrganisation("莱阳梨业有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("莱阳梨"));
        SignIn.out();

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate(SurveyView.class);
        Select<Round> rounds = _get(Select.class, spec -> spec.withId("survey-round"));
        rounds.setValue(rounds.getListDataView().getItems().filter(r -> r.getId().equals(round.getId())).findFirst().orElseThrow());

        LocalDate today = LocalDate.now(clock);
        _setValue(_get(DatePicker.class, spec -> spec.withId("survey-first-day")), today);
        _setValue(_get(DatePicker.class, spec -> spec.withId("survey-last-day")), today.plusDays(9));
        _click(_get(Button.class, spec -> spec.withId("survey-save-window")));
        expectNotifications("评价期已保存");
        assertThat(surveys.windowOf(round.getId())).hasValue(new SurveyService.Window(today, today.plusDays(9)));

        String csv = "credit_code,application_number,sample_size,score\n," + id + ",200,88\n," + id + ",-3,70\n";
        _upload(_get(Upload.class, spec -> spec.withId("survey-upload")), "survey.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-preview")).getText()).contains("可导入 1 行，不予导入 1 行");
        Grid<SurveyImport.Rejected> rejected = _get(Grid.class, spec -> spec.withId("survey-rejected"));
        assertThat(_size(rejected)).isEqualTo(1);
        assertThat(_getFormattedRow(rejected, 0)).containsExactly("3", "样本量“-3”不是正整数");
        assertThat(surveys.resultCount(round.getId())).as("nothing stored before the confirmation").isZero();

        _click(_get(Button.class, spec -> spec.withId("survey-confirm")));
        expectNotifications("已导入 1 行测评结果");
        assertThat(jdbc.queryForObject("select score from survey_result where application_id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("88");
        Grid<SurveyService.CandidateFigure> figures = _get(Grid.class, spec -> spec.withId("survey-figures"));
        List<String> row = _getFormattedRow(figures, 0);
        assertThat(row.get(1)).isEqualTo("莱阳梨业有限公司");
    }
}
