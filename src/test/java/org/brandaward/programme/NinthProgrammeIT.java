package org.brandaward.programme;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.SignIn;
import java.time.Clock;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.certificate.CertificateService;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 青海地理标志产品 is not one of the eight seed programmes: it exists only as a descriptor file of the test profile
 * (test-programmes/), and an application still runs through it to a certificate numbered with its own prefix.
 */
@IntegrationTest
class NinthProgrammeIT {

    @Autowired Clock clock;

    static final String PROGRAMME = "qh-geographical-indication";

    @Autowired ProgrammeCatalog catalog;
    @Autowired RoundService rounds;
    @Autowired ApplicationService applications;
    @Autowired CertificateService certificates;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_programme_added_as_a_file_runs_an_application_to_its_certificate() {
        assertThat(catalog.all()).extracting(ProgrammeDescriptor::id).contains(PROGRAMME).hasSizeGreaterThan(8);
        assertThat(catalog.get(PROGRAMME).name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("青海地理标志产品");

        SignIn.as("office", Roles.OFFICE);
        Round round = rounds.open(PROGRAMME, 2026, LocalDate.now(clock), LocalDate.now(clock).plusMonths(2), null);
        String applicant = organisationFixtures.applicantWithOrganisation("互助县青稞酒业协会");
        long id = publicationFixtures.recognisedApplication(applicant, round, "互助青稞酒");

        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(certificates.ofApplication(id).orElseThrow().getNumber()).startsWith("QHDL-2026-");
        assertThat(certificates.ofApplication(id).orElseThrow().getValidUntil()).as("validityYears: null").isNull();
    }
}
