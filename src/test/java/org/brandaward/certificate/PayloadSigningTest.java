package org.brandaward.certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Ed25519 payloads: genuine ones verify; every changed byte, another key or an unknown key id fails; rotation keeps old ones. */
class PayloadSigningTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final KeyPair pair = PayloadSigning.generate();
    private final String kid = PayloadSigning.keyId(pair.getPublic());
    private final CertificatePayload facts = new CertificatePayload("SDMP-2098-0001", "91370100MA3000001X", "sd-famous-product",
            LocalDate.of(2098, 3, 1), LocalDate.of(2101, 2, 28), kid);

    @Test
    void a_genuine_payload_verifies_and_says_what_it_signs() {
        String payload = PayloadSigning.sign(facts, pair.getPrivate());
        assertThat(payload).matches("[A-Za-z0-9_-]+");
        PayloadSigning.Checked checked = PayloadSigning.check(payload, Map.of(kid, pair.getPublic()));
        assertThat(checked.check()).isEqualTo(PayloadSigning.Check.VALID);
        assertThat(checked.payload()).isEqualTo(facts);
        assertThat(kid).matches("[0-9a-f]{8}");
    }

    @Test
    void a_title_kept_for_good_has_no_end_date() {
        CertificatePayload forGood = new CertificatePayload("SDZL-2098-0001", "91370100MA3000001X", "sd-quality-award",
                LocalDate.of(2098, 3, 1), null, kid);
        assertThat(PayloadSigning.check(PayloadSigning.sign(forGood, pair.getPrivate()), Map.of(kid, pair.getPublic())).payload())
                .isEqualTo(forGood);
    }

    @Test
    void every_single_byte_change_of_the_decoded_payload_fails() {
        byte[] signed = Base64.getUrlDecoder().decode(PayloadSigning.sign(facts, pair.getPrivate()));
        Map<String, java.security.PublicKey> keys = Map.of(kid, pair.getPublic());
        for (int i = 0; i < signed.length; i++) {
            for (int flip : new int[]{0x01, 0x80, 0xff}) {
                byte[] changed = signed.clone();
                changed[i] ^= (byte) flip;
                String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
                assertThat(PayloadSigning.check(tampered, keys).valid()).as("byte %d ^ %x", i, flip).isFalse();
            }
        }
        // shortened and lengthened
        String genuine = PayloadSigning.sign(facts, pair.getPrivate());
        assertThat(PayloadSigning.check(genuine.substring(0, genuine.length() - 1), keys).valid()).isFalse();
        assertThat(PayloadSigning.check(genuine + "A", keys).valid()).isFalse();
        assertThat(PayloadSigning.check("", keys).valid()).isFalse();
        assertThat(PayloadSigning.check("not base64!", keys).check()).isEqualTo(PayloadSigning.Check.MALFORMED);
    }

    @Test
    void a_payload_signed_by_another_key_fails() {
        KeyPair other = PayloadSigning.generate();
        // claims our key id, signed by another key
        assertThat(PayloadSigning.check(PayloadSigning.sign(facts, other.getPrivate()), Map.of(kid, pair.getPublic())).check())
                .isEqualTo(PayloadSigning.Check.BAD_SIGNATURE);
        // names its own key id, which we do not know
        CertificatePayload ownKid = new CertificatePayload(facts.number(), facts.creditCode(), facts.programmeId(), facts.validFrom(),
                facts.validUntil(), PayloadSigning.keyId(other.getPublic()));
        assertThat(PayloadSigning.check(PayloadSigning.sign(ownKid, other.getPrivate()), Map.of(kid, pair.getPublic())).check())
                .isEqualTo(PayloadSigning.Check.UNKNOWN_KEY);
    }

    @Test
    void a_rotated_key_still_verifies_its_old_payloads(@TempDir Path dir) throws Exception {
        Path oldDir = dir.resolve("old");
        SigningKeys old = new SigningKeys("", "", oldDir, List.of());
        String oldPayload = old.sign(payloadOf(old.currentKeyId()));
        Path previous = Files.createDirectories(dir.resolve("previous"));
        Files.writeString(previous.resolve(old.currentKeyId() + ".pem"),
                PayloadSigning.publicPem(old.verifying().get(old.currentKeyId())), StandardCharsets.US_ASCII);

        KeyPair next = PayloadSigning.generate();
        Path nextKey = Files.writeString(dir.resolve("next.pem"), PayloadSigning.privatePem(next.getPrivate()));
        SigningKeys rotated = new SigningKeys(nextKey.toString(), "", dir.resolve("unused"), List.of(previous.toString()));

        assertThat(rotated.currentKeyId()).isEqualTo(PayloadSigning.keyId(next.getPublic())).isNotEqualTo(old.currentKeyId());
        assertThat(rotated.verifying().keySet()).containsExactly(rotated.currentKeyId(), old.currentKeyId());
        assertThat(PayloadSigning.check(oldPayload, rotated.verifying()).valid()).isTrue();
        String newPayload = rotated.sign(payloadOf(rotated.currentKeyId()));
        assertThat(PayloadSigning.check(newPayload, rotated.verifying()).valid()).isTrue();
        assertThat(PayloadSigning.check(newPayload, old.verifying()).check()).isEqualTo(PayloadSigning.Check.UNKNOWN_KEY);
        // Without the previous keys, the old payload no longer verifies.
        assertThat(PayloadSigning.check(oldPayload, new SigningKeys(nextKey.toString(), "", dir, List.of()).verifying()).valid()).isFalse();
    }

    @Test
    void a_generated_key_is_kept_and_reused_and_the_pem_text_works_like_the_file(@TempDir Path dir) throws Exception {
        SigningKeys first = new SigningKeys("", "", dir, List.of());
        SigningKeys again = new SigningKeys("", "", dir, List.of());
        assertThat(again.currentKeyId()).isEqualTo(first.currentKeyId());
        String pem = Files.readString(dir.resolve(SigningKeys.GENERATED_KEY));
        SigningKeys fromText = new SigningKeys("", pem, dir.resolve("elsewhere"), List.of());
        assertThat(fromText.currentKeyId()).isEqualTo(first.currentKeyId());
        assertThat(PayloadSigning.check(fromText.sign(payloadOf(fromText.currentKeyId())), first.verifying()).valid()).isTrue();
    }

    @Test
    void nodes_generating_the_key_at_once_on_one_directory_all_end_with_the_one_key_on_disk(@TempDir Path dir) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int attempt = 0; attempt < 25; attempt++) {
                Path shared = dir.resolve("attempt-" + attempt);
                var start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<SigningKeys>> nodes = new java.util.ArrayList<>();
                for (int node = 0; node < 4; node++) {
                    nodes.add(pool.submit(() -> {
                        start.await();
                        return new SigningKeys("", "", shared, List.of());
                    }));
                }
                start.countDown();
                List<String> keyIds = new java.util.ArrayList<>();
                for (var node : nodes) {
                    keyIds.add(node.get(30, java.util.concurrent.TimeUnit.SECONDS).currentKeyId());
                }
                String onDisk = PayloadSigning.keyId(PayloadSigning.publicOf(
                        PayloadSigning.privateFromPem(Files.readString(shared.resolve(SigningKeys.GENERATED_KEY)))));
                assertThat(keyIds).containsOnly(onDisk);
                try (var files = Files.list(shared)) {
                    assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left").containsExactly(SigningKeys.GENERATED_KEY);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_offline_verifier_passes_a_genuine_payload_and_fails_a_tampered_or_expired_one(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys.json");
        Files.writeString(keys, "{\"keys\":[{\"kid\":\"" + kid + "\",\"alg\":\"Ed25519\",\"x\":\"" + PayloadSigning.rawBase64url(pair.getPublic()) + "\"}]}");
        String payload = PayloadSigning.sign(facts, pair.getPrivate());
        Clock in2099 = Clock.fixed(ZonedDateTime.of(2099, 6, 1, 12, 0, 0, 0, BEIJING).toInstant(), BEIJING);

        Run genuine = run(in2099, payload, "--keys", keys.toString());
        assertThat(genuine.code).isZero();
        assertThat(genuine.output).startsWith("valid: SDMP-2098-0001").contains("sd-famous-product", "2101-02-28");
        assertThat(run(in2099, "https://brand.example.org/v/" + payload, "--keys", keys.toString()).code).isZero();

        byte[] changed = Base64.getUrlDecoder().decode(payload);
        changed[3] ^= 1;
        Run tampered = run(in2099, Base64.getUrlEncoder().withoutPadding().encodeToString(changed), "--keys", keys.toString());
        assertThat(tampered.code).isEqualTo(1);
        assertThat(tampered.output).startsWith("invalid:");

        KeyPair other = PayloadSigning.generate();
        assertThat(run(in2099, PayloadSigning.sign(facts, other.getPrivate()), "--keys", keys.toString()).code).isEqualTo(1);

        Clock in2102 = Clock.fixed(ZonedDateTime.of(2102, 1, 1, 12, 0, 0, 0, BEIJING).toInstant(), BEIJING);
        Run expired = run(in2102, payload, "--keys", keys.toString());
        assertThat(expired.code).isEqualTo(1);
        assertThat(expired.output).startsWith("expired: SDMP-2098-0001");

        assertThat(run(in2099, payload).code).as("no keys given").isEqualTo(1);
    }

    private CertificatePayload payloadOf(String keyId) {
        return new CertificatePayload(facts.number(), facts.creditCode(), facts.programmeId(), facts.validFrom(), facts.validUntil(), keyId);
    }

    private record Run(int code, String output) {
    }

    private static Run run(Clock clock, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = OfflineVerifier.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
