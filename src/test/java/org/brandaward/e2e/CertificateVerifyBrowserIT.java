package org.brandaward.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.brandaward.certificate.Certificate;
import org.brandaward.certificate.CertificatePayload;
import org.brandaward.certificate.CertificateService;
import org.brandaward.certificate.PayloadSigning;
import org.brandaward.certificate.QrCodes;
import org.brandaward.certificate.SigningKeys;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 证书查验 in Chromium: the QR code of a rendered 山东名牌产品 2065 certificate, decoded with ZXing, opens the verify
 * page, which says valid; the offline page (/verify-offline.html, WebCrypto Ed25519) with the published keys pasted
 * says valid for the genuine payload without a single request to the server, and invalid for the payload with a byte
 * changed (in the record or in the signature), signed by another key under the same key id, or under a key id not in
 * the set.
 */
class CertificateVerifyBrowserIT extends BrowserTest {

    private static final String HOLDER = "济南离线验证醋业有限公司";

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateService certificates;
    @Autowired SigningKeys keys;
    @Value("${brand-award.public-base-url}") String publicBaseUrl;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_qr_code_opens_valid_and_the_offline_page_tells_genuine_from_changed_and_foreign_signatures() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2065, null);
        String applicant = organisationFixtures.applicantWithOrganisation(HOLDER);
        long id = publicationFixtures.recognisedApplication(applicant, round, "离线牌陈醋");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        String qr = QrCodes.in(certificates.pdf(id)).get(0);
        SignIn.out();
        assertThat(qr).startsWith(publicBaseUrl + "/v/");
        String payload = qr.substring((publicBaseUrl + "/v/").length());

        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            // The QR code carries the configured public address; this server listens on a random port, so the test
            // opens the same path here.
            page.navigate(url(qr.substring(publicBaseUrl.length() + 1)));
            assertThat(page.locator("#verify-result")).hasAttribute("data-state", "VALID");
            assertThat(page.locator("#verify-result")).containsText(HOLDER);
            assertThat(page.locator("#verify-result")).containsText(certificate.getNumber());

            String published = context.request().get(url(".well-known/brand-award-keys.json")).text();
            page.locator("#verify-offline").click();
            page.waitForURL("**/verify-offline.html");
            List<String> requests = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requests.add(request.url()));
            page.locator("#keys").fill(published);

            check(page, qr, "VALID");
            assertThat(page.locator("#fact-number")).hasText(certificate.getNumber());
            assertThat(page.locator("#fact-valid-until")).hasText(certificate.getValidUntil().toString());
            assertThat(page.locator("#fact-key-id")).hasText(keys.currentKeyId());
            check(page, payload, "VALID");

            byte[] signed = Base64.getUrlDecoder().decode(payload);
            for (int at : new int[]{0, 7, signed.length / 3, signed.length - 70, signed.length - 64, signed.length - 30, signed.length - 1}) {
                byte[] changed = signed.clone();
                changed[at] ^= 0x04;
                checkInvalid(page, Base64.getUrlEncoder().withoutPadding().encodeToString(changed));
            }

            CertificatePayload facts = PayloadSigning.check(payload, keys.verifying()).payload();
            KeyPair another = PayloadSigning.generate();
            check(page, PayloadSigning.sign(facts, another.getPrivate()), "BAD_SIGNATURE");
            CertificatePayload underItsOwnId = new CertificatePayload(facts.number(), facts.creditCode(), facts.programmeId(),
                    facts.validFrom(), facts.validUntil(), PayloadSigning.keyId(another.getPublic()));
            check(page, PayloadSigning.sign(underItsOwnId, another.getPrivate()), "UNKNOWN_KEY");
            assertThat(requests).as("with the keys pasted the page asks the server nothing").isEmpty();

            // Online, the page fetches the published keys itself.
            page.locator("#keys").fill("");
            check(page, qr, "NO_KEYS");
            page.locator("#fetch-keys").click();
            assertThat(page.locator("#keys-status")).containsText("已获取公钥");
            check(page, qr, "VALID");
        }
    }

    private static void check(Page page, String input, String state) {
        page.locator("#payload").fill(input);
        page.locator("#check").click();
        assertThat(page.locator("#result")).hasAttribute("data-state", state);
    }

    private static void checkInvalid(Page page, String input) {
        page.locator("#payload").fill(input);
        page.locator("#check").click();
        assertThat(page.locator("#result")).hasAttribute("data-state", Pattern.compile("^(MALFORMED|BAD_SIGNATURE|UNKNOWN_KEY)$"));
        assertThat(page.locator("#result-title")).containsText("签名无效");
    }
}
