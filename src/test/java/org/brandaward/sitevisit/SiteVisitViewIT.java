package org.brandaward.sitevisit;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The office marks a 中华老字号 2074 candidate for a site visit and records it with a photo in the view. */
class SiteVisitViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired SiteVisitService visits;
    @Autowired Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void the_office_marks_and_records_a_site_visit_with_a_photo() {
        Round round = roundFixtures.round("cn-time-honored-brand", 2074, null);
        organisationFixtures.applicantWithOrganisation("济南老字号糕点有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("糕点"));
        SignIn.out();

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate(SiteVisitView.class);
        Select<Round> rounds = _get(Select.class, spec -> spec.withId("sitevisit-round"));
        rounds.setValue(rounds.getListDataView().getItems().filter(r -> r.getId().equals(round.getId())).findFirst().orElseThrow());
        Grid<SiteVisitService.Visit> grid = _get(Grid.class, spec -> spec.withId("sitevisit-grid"));
        grid.select(visits.ofRound(round.getId()).stream().filter(v -> v.applicationId() == id).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("sitevisit-mark")));
        expectNotifications("已标记为需要现场核查");
        assertThat(visits.outstandingFor(round.getId())).containsExactly(id);

        grid.select(visits.ofRound(round.getId()).stream().filter(v -> v.applicationId() == id).findFirst().orElseThrow());
        _upload(_get(Upload.class, spec -> spec.withId("sitevisit-photo")), "现场.png", "image/png", SiteVisitIT.PNG);
        MockVaadin.clientRoundtrip();
        expectNotifications("照片已添加");
        assertThat(_find(Anchor.class, spec -> spec.withText("现场.png"))).hasSize(1);
        _setValue(_get(DatePicker.class, spec -> spec.withId("sitevisit-date")), LocalDate.now(clock));
        _setValue(_get(TextField.class, spec -> spec.withId("sitevisit-team")), "<b>李四</b>");
        _setValue(_get(TextArea.class, spec -> spec.withId("sitevisit-findings")), "传统技艺传承有序");
        _click(_get(Button.class, spec -> spec.withId("sitevisit-save")));
        expectNotifications("核查记录已保存");
        assertThat(visits.outstandingFor(round.getId())).isEmpty();
        assertThat(visits.photosOf(id)).hasSize(1);
    }
}
