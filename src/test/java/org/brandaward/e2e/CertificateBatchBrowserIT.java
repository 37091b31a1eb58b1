package org.brandaward.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.organisation.DemoAccounts;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.ListApproval;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 发证进度 in Chromium: two officials have a published round's list open while its certificates are issued in the
 * background; both pages follow the progress (polling) and show each number as it comes, and the one who starts
 * the batch does not stop the other from watching it.
 */
class CertificateBatchBrowserIT extends BrowserTest {

    static final String PROGRAMME = "hn-famous-product";
    static final int YEAR = 2060;

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired PublicationService publications;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void two_officials_watch_the_certificates_of_a_published_list_being_issued() {
        Round round = roundFixtures.round(PROGRAMME, YEAR, null);
        organisationFixtures.applicantWithOrganisation("长沙湘江食品有限公司");
        long first = publicationFixtures.reviewedApplication(round, "湘江牌米粉");
        organisationFixtures.applicantWithOrganisation("株洲炎帝茶业有限公司");
        long second = publicationFixtures.reviewedApplication(round, "炎帝牌绿茶");
        String otherOfficial = organisationFixtures.account("office", "二〇六〇发证官员", Roles.OFFICE);
        SignIn.as("office", Roles.OFFICE);
        publications.startDecision(round.getId());
        String task = publicationFixtures.toListApproval(round, List.of(first, second));
        publications.approve(task, new ListApproval("湘政字〔2060〕1号", LocalDate.now(clock), Map.of()));

        try (BrowserContext one = newContext(); BrowserContext two = newContext()) {
            Page office = one.newPage();
            Page colleague = two.newPage();
            signIn(office, "office");
            signIn(colleague, otherOfficial, DemoAccounts.PASSWORD);
            office.navigate(url("rounds/" + round.getId() + "/list"));
            colleague.navigate(url("rounds/" + round.getId() + "/list"));
            assertThat(office.locator("#certificate-batch-figures")).hasText("已发证 0 / 2（等待开始）");
            assertThat(colleague.locator("#certificate-batch-figures")).hasText("已发证 0 / 2（等待开始）");

            office.locator("#certificate-batch-resume").click();
            assertThat(office.locator("vaadin-notification-card").last()).containsText("发证已开始");
            certificateFixtures.issueNext(round.getId()); // the background runner's first step

            assertThat(office.locator("#certificate-batch-figures")).hasText("已发证 1 / 2（正在发证）");
            assertThat(colleague.locator("#certificate-batch-figures")).hasText("已发证 1 / 2（正在发证）");
            assertThat(colleague.locator("#round-list")).containsText("HNMP-2060-00001");
            assertThat(colleague.locator("#certificate-batch-resume")).isHidden();

            certificateFixtures.issueAll(round.getId());
            assertThat(office.locator("#certificate-batch-figures")).hasText("已发证 2 / 2（已完成）");
            assertThat(colleague.locator("#certificate-batch-figures")).hasText("已发证 2 / 2（已完成）");
            assertThat(office.locator("#round-list")).containsText("HNMP-2060-00002");
        }
    }

    private BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1440, 900));
    }
}
