package org.brandaward.certificate;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate is dated by Beijing's calendar, whatever the server's zone: approved late in the evening or just after
 * midnight Beijing time — when the UTC date is another — it carries Beijing's date, and its number the round's year.
 */
@IntegrationTest
class CertificateDatesIT {

    @Autowired TestClock clock;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateService certificates;

    @AfterEach
    void releaseTheClock() {
        clock.reset();
        SignIn.out();
    }

    @ParameterizedTest(name = "approved at {2} Beijing time")
    @CsvSource({
            "sd-service-brand,  SDFW, 2026-12-31T23:30, 2026-12-31, 2029-12-30",
            "hn-famous-product, HNMP, 2026-12-31T00:30, 2026-12-31, 2029-12-30",
            "qh-famous-brand,   QHMP, 2027-01-01T00:30, 2027-01-01, 2029-12-31"})
    void the_certificate_carries_the_beijing_date_of_its_approval(String programme, String prefix, LocalDateTime approvedAt,
                                                                  LocalDate validFrom, LocalDate validUntil) {
        // A round is decided once, so each moment takes the 2026 round of another programme with three years' validity.
        Round round = roundFixtures.round(programme, 2026, null);
        organisationFixtures.applicantWithOrganisation("济南大明湖食品有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("大明湖牌糕点"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        reviewFixtures.reviewedByExperts(id, 80, 80, 80, 80, 80);

        clock.fixAt(approvedAt.atZone(ClockConfiguration.ZONE));
        SignIn.as("office", Roles.OFFICE);
        publicationFixtures.decideRound(round, List.of(id));

        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        assertThat(certificate.getNumber()).matches(prefix + "-2026-\\d{5}");
        assertThat(certificate.getIssuedOn()).isEqualTo(validFrom);
        assertThat(certificate.getValidFrom()).isEqualTo(validFrom);
        assertThat(certificate.getValidUntil()).isEqualTo(validUntil);
    }
}
