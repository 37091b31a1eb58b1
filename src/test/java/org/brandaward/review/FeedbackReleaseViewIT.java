package org.brandaward.review;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.brandaward.KaribuTest;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The office releases a round's feedback reports on the round's page; the applicant's list then offers the download. */
class FeedbackReleaseViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;

    @Test
    @SuppressWarnings("unchecked")
    void the_office_releases_and_the_applicant_then_finds_the_download_link() {
        Round round = roundFixtures.round("sd-famous-product", 2052, null);
        String applicant = organisationFixtures.applicantWithOrganisation("淄博周村烧饼有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "周村牌烧饼");

        login(applicant, Roles.APPLICANT);
        UI.getCurrent().navigate("applications");
        Grid<Object> mine = _get(Grid.class, spec -> spec.withId("my-applications"));
        Component before = GridKt._getCellComponent(mine, 0, "feedback");
        assertThat(before).as("nothing to download before the release").isNotInstanceOf(Anchor.class);

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("rounds");
        Grid<Round> rounds = _get(Grid.class, spec -> spec.withId("rounds"));
        int row = IntStream.range(0, GridKt._size(rounds)).filter(i -> GridKt._get(rounds, i).equals(round)).findFirst().orElseThrow();
        Anchor page = (Anchor) GridKt._getCellComponent(rounds, row, "feedback");
        assertThat(page.getId()).hasValue("feedback-round-" + round.getId());
        assertThat(page.getHref()).isEqualTo("rounds/" + round.getId() + "/feedback");
        UI.getCurrent().navigate(page.getHref());
        assertThat(_get(Paragraph.class, spec -> spec.withId("feedback-status")).getText()).startsWith("尚未发布。已审定1件");
        Grid<Object> reports = _get(Grid.class, spec -> spec.withId("feedback-reports"));
        assertThat(GridKt._getFormattedRow(reports, 0)).contains("淄博周村烧饼有限公司", "周村牌烧饼", "其余");
        Anchor preview = (Anchor) GridKt._getCellComponent(reports, 0, "preview");
        assertThat(preview.getHref()).isEqualTo("feedback/" + id + ".pdf");
        Button release = _get(Button.class, spec -> spec.withId("release-feedback"));
        assertThat(release.getText()).isEqualTo("发布反馈报告");
        _click(release);
        expectNotifications("反馈报告已发布，申报单位可以下载");
        assertThat(_get(Button.class, spec -> spec.withId("release-feedback")).isEnabled()).as("released once").isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("feedback-status")).getText()).startsWith("已于").contains("office");

        login(applicant, Roles.APPLICANT);
        UI.getCurrent().navigate("applications");
        mine = _get(Grid.class, spec -> spec.withId("my-applications"));
        Anchor download = (Anchor) GridKt._getCellComponent(mine, 0, "feedback");
        assertThat(download.getId()).hasValue("feedback-report-" + id);
        assertThat(download.getHref()).isEqualTo("feedback/" + id + ".pdf");
        assertThat(download.getText()).isEqualTo("下载反馈报告");
    }
}
