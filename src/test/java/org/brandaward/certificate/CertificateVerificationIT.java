package org.brandaward.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.shared.ClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 山东名牌产品 2098 (and, expired, 2099) certificate, issued through the real round, checked by a visitor without an account: by number, by
 * the signed payload of its QR code (genuine, unknown, tampered), as JSON, and offline with the published keys.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CertificateVerificationIT {

    private static final String HOLDER = "济南验证食品有限公司";

    @Autowired MockMvc mvc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateService certificates;
    @Autowired CertificateVerification verification;
    @Autowired SigningKeys keys;
    @Autowired TestClock clock;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void release() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void a_visitor_verifies_a_genuine_certificate_and_sees_through_a_forged_one() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2098, null);
        String applicant = organisationFixtures.applicantWithOrganisation(HOLDER);
        long id = publicationFixtures.recognisedApplication(applicant, round, "泉城牌验证酱油");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        String number = certificate.getNumber();
        String url = verification.verifyUrl(number);
        assertThat(QrCodes.in(certificates.pdf(id))).as("the certificate's QR code opens the signed address").containsExactly(url);
        SignIn.out();
        assertThat(url).startsWith("http://localhost:8080/v/");
        String payload = url.substring(url.indexOf("/v/") + 3);

        String byNumber = mvc.perform(get("/verify").param("number", number.toLowerCase()).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byNumber).contains("data-state=\"VALID\"", "有效", number, HOLDER, "山东名牌", certificate.getValidUntil().toString())
                .contains(keys.currentKeyId());

        String qr = mvc.perform(get("/v/" + payload).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(qr).contains("data-state=\"VALID\"", number, HOLDER);
        String english = mvc.perform(get("/v/" + payload).param("lang", "en").with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Valid", "Holder", HOLDER);

        byte[] changed = Base64.getUrlDecoder().decode(payload);
        changed[changed.length / 2] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
        String forged = mvc.perform(get("/v/" + tampered).with(anonymous())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(forged).contains("data-state=\"SIGNATURE_INVALID\"", "签名无效").doesNotContain(HOLDER);

        // Genuinely signed, but for a number this system never issued.
        String unknownPayload = keys.sign(new CertificatePayload("SDMP-2098-9999", "91370100MA3000001X", "sd-famous-product",
                certificate.getValidFrom(), certificate.getValidUntil(), keys.currentKeyId()));
        assertThat(mvc.perform(get("/v/" + unknownPayload).with(anonymous())).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).contains("data-state=\"UNKNOWN\"", "查无此证书");
        assertThat(mvc.perform(get("/verify").param("number", "SDMP-2098-9999").with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("data-state=\"UNKNOWN\"");

        JsonNode answer = json.readTree(mvc.perform(get("/api/public/certificates/" + number).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(answer.get("state").asText()).isEqualTo("VALID");
        assertThat(answer.get("number").asText()).isEqualTo(number);
        assertThat(answer.get("organisationName").asText()).isEqualTo(HOLDER);
        assertThat(answer.get("programmeId").asText()).isEqualTo("sd-famous-product");
        assertThat(answer.get("validUntil").asText()).isEqualTo(certificate.getValidUntil().toString());
        assertThat(answer.has("productName")).isFalse();
        JsonNode byPayload = json.readTree(mvc.perform(get("/api/public/verify").param("payload", payload).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(byPayload).isEqualTo(answer);
        assertThat(json.readTree(mvc.perform(get("/api/public/verify").param("payload", tampered).with(anonymous()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).get("state").asText())
                .isEqualTo("SIGNATURE_INVALID");
        assertThat(json.readTree(mvc.perform(get("/api/public/certificates/SDMP-2098-9999").with(anonymous()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString()).get("state").asText())
                .isEqualTo("UNKNOWN");

        String published = mvc.perform(get(PublicVerifyApi.KEYS_PATH).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode key = json.readTree(published).get("keys").get(0);
        assertThat(key.get("kid").asText()).isEqualTo(keys.currentKeyId());
        assertThat(key.get("alg").asText()).isEqualTo("Ed25519");
        assertThat(Base64.getUrlDecoder().decode(key.get("x").asText())).hasSize(32);
        assertThat(key.get("pem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");

        // The published keys check the QR code offline.
        Path keysFile = Files.createTempFile("brand-award-keys", ".json");
        try {
            Files.writeString(keysFile, published);
            assertThat(offline(url, keysFile)).isZero();
            assertThat(offline(tampered, keysFile)).isEqualTo(1);
        } finally {
            Files.deleteIfExists(keysFile);
        }
    }

    @Test
    void past_its_validity_a_certificate_is_expired_on_the_page_and_in_the_json() throws Exception {
        // A round of its own: a round is decided once.
        Round round = roundFixtures.round("sd-famous-product", 2099, null);
        String applicant = organisationFixtures.applicantWithOrganisation("济南过期验证有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "过期验证牌面粉");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        String payload = verification.payload(certificate.getNumber());
        SignIn.out();

        clock.fixAt(ZonedDateTime.of(certificate.getValidUntil(), LocalTime.of(23, 59), ClockConfiguration.ZONE));
        assertThat(verification.byNumber(certificate.getNumber(), java.util.Locale.CHINA).state())
                .isEqualTo(CertificateVerification.State.VALID);

        clock.fixAt(ZonedDateTime.of(certificate.getValidUntil().plusDays(1), LocalTime.of(0, 1), ClockConfiguration.ZONE));
        assertThat(mvc.perform(get("/v/" + payload).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("data-state=\"EXPIRED\"", "已过期", "济南过期验证有限公司");
        assertThat(json.readTree(mvc.perform(get("/api/public/certificates/" + certificate.getNumber()).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("state").asText()).isEqualTo("EXPIRED");
    }

    private int offline(String payloadOrUrl, Path keysFile) {
        return OfflineVerifier.run(new String[]{payloadOrUrl, "--keys", keysFile.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock);
    }
}
