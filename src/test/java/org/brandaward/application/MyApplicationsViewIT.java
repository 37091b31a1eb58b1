package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.brandaward.KaribuTest;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's list: each application with its stage, the reason of a decision and the certificate once issued. */
class MyApplicationsViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;

    @Test
    void a_recognised_application_offers_its_certificate_for_download() {
        Round round = roundFixtures.round(2091);
        String applicant = organisationFixtures.applicantWithOrganisation("济宁孔府家酒有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "孔府家酒");
        login(applicant, Roles.APPLICANT);
        UI.getCurrent().navigate(MyApplicationsView.class);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("my-applications"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("孔府家酒", "已认定");
        @SuppressWarnings("unchecked")
        Anchor certificate = (Anchor) GridKt._getCellComponent((Grid<Object>) grid, 0, "action");
        assertThat(certificate.getId()).hasValue("certificate-" + id);
        assertThat(certificate.getHref()).isEqualTo("certificates/" + id + ".pdf");
    }
}
