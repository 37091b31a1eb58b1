package org.brandaward.badinput;

import org.brandaward.application.AttachmentType;
import org.brandaward.application.SafeContent;
import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The content checks by themselves, case by case: a name, the bytes, the message key expected (null: accepted). */
class SafeContentTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("a plain PDF", BadFiles.PDF, null),
                arguments("PDF opening JavaScript", BadFiles.pdfOpening("/S /JavaScript /JS (app.alert(1))"), "attachment.activeContent"),
                arguments("PDF with /JS only", BadFiles.pdfOpening("/JS (app.alert(1))"), "attachment.activeContent"),
                arguments("PDF with hex-escaped /J#61vaScript", BadFiles.pdfOpening("/S /J#61vaScript /J#53 (x)"), "attachment.activeContent"),
                arguments("PDF with every letter escaped", BadFiles.pdfOpening("/S /#4A#61#76#61#53#63#72#69#70#74"), "attachment.activeContent"),
                arguments("PDF launching a program", BadFiles.pdfOpening("/S /Launch /F (cmd.exe)"), "attachment.activeContent"),
                arguments("PDF with the script in an object stream", BadFiles.pdfWithScriptInObjectStream(), "attachment.activeContent"),
                arguments("PDF hiding its action behind a fake stream in a string", BadFiles.pdfHidingItsActionBehindAFakeStream(),
                        "attachment.activeContent"),
                arguments("PDF with a script in a deflated stream not marked as an object stream",
                        BadFiles.pdfWithStream("/Filter /FlateDecode /X (obj)", BadFiles.deflated(BadFiles.ascii("<< /S /JavaScript /JS (x) >>"))),
                        "attachment.activeContent"),
                arguments("PDF with /JS alone in an object stream",
                        BadFiles.pdfWithStream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", BadFiles.deflated(BadFiles.ascii("3 0 << /JS (x) >>"))),
                        "attachment.activeContent"),
                arguments("PDF with a deflated image", BadFiles.pdfWithStream("/Subtype /Image /Filter /FlateDecode", BadFiles.deflated(noise())), null),
                arguments("PDF with a deflate bomb stream, read within the budget",
                        BadFiles.pdfWithStream("/Filter /FlateDecode", BadFiles.deflated(new byte[64 << 20])), null),
                arguments("PDF opening a page view only", BadFiles.pdfOpening("/D [3 0 R /Fit] /S /GoTo"), null),
                arguments("PDF whose image bytes read /JS", BadFiles.pdfWithJsBytesInAnImage(), null),
                arguments("PDF with a longer name /JSON", BadFiles.pdfOpening("/JSON (x)"), null),
                arguments("a 64×48 PNG", BadFiles.png(64, 48), null),
                arguments("a 64×48 JPEG", BadFiles.jpeg(64, 48), null),
                arguments("PNG declaring 100000×100000", BadFiles.pngDeclaring(100_000, 100_000), "attachment.imageTooLarge"),
                arguments("PNG declaring 2^31×2^31", BadFiles.pngDeclaring(0x7FFF_FFFFL, 0x7FFF_FFFFL), "attachment.imageTooLarge"),
                arguments("PNG declaring 8000×6000 (a 48-megapixel photo)", BadFiles.pngDeclaring(8000, 6000), null),
                arguments("JPEG declaring 65535×65535", BadFiles.jpegDeclaring(65535, 65535), "attachment.imageTooLarge"),
                arguments("JPEG declaring 4000×3000", BadFiles.jpegDeclaring(4000, 3000), null));
    }

    /** Two megabytes of random bytes, as a deflated photo inflates to. */
    static byte[] noise() {
        byte[] bytes = new byte[2 << 20];
        new java.util.Random(15).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_case_is_accepted_or_refused_with_its_message(String name, byte[] content, String expectedKey) {
        AttachmentType type = AttachmentType.detect(content).orElseThrow();
        if (expectedKey == null) {
            long started = System.nanoTime();
            assertThatCode(() -> SafeContent.check("f", type, content)).doesNotThrowAnyException();
            assertThat(System.nanoTime() - started).as("checked within three seconds").isLessThan(3_000_000_000L);
        } else {
            assertThatThrownBy(() -> SafeContent.check("f", type, content)).isInstanceOfSatisfying(RuleViolationException.class,
                    e -> assertThat(e.getMessageKey()).isEqualTo(expectedKey));
        }
    }
}
