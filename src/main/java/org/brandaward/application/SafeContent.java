package org.brandaward.application;

import org.brandaward.shared.RuleViolationException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What an upload of a known type must not carry, checked on its bytes before anything is stored: an image whose
 * header declares more pixels than {@link #MAX_PIXELS} (a decompression bomb: a few kilobytes that decode to
 * gigabytes), and a PDF with active content, a script or a launch action ({@link #ACTIVE_NAMES}).
 * <p>
 * The PDF check scans the name tokens of the file (with {@code #xx} escapes decoded, so {@code /J#61vaScript} is
 * {@code /JavaScript}) and of its compressed object streams ({@code /Type /ObjStm}, where PDF 1.5 files keep their
 * dictionaries). It reads no other stream's bytes: page contents, fonts and images hold no actions, and compressed
 * data would match a short name like {@code /JS} by chance. Strings are not told apart from names on purpose: a
 * reader that repairs a broken file may parse them differently, so a title reading "/JavaScript" is refused too.
 */
public final class SafeContent {

    /** The most pixels an image may declare: 50 megapixels, more than any camera's photo (8192 × 6144). */
    public static final long MAX_PIXELS = 50_000_000L;
    /** The PDF names that start a script or a program. */
    static final Set<String> ACTIVE_NAMES = Set.of("JavaScript", "JS", "Launch");
    /** The most bytes one object stream may inflate to; an object stream is far smaller. */
    private static final int MAX_INFLATED = 16 << 20;

    private SafeContent() {
    }

    /** Refuses {@code content} of {@code type} when it is an image bomb or an active PDF; {@code name} is for the message. */
    public static void check(String name, AttachmentType type, byte[] content) {
        switch (type) {
            case PNG, JPEG -> {
                long pixels = type == AttachmentType.PNG ? pngPixels(content) : jpegPixels(content);
                if (pixels > MAX_PIXELS) {
                    throw new RuleViolationException("attachment.imageTooLarge", name, MAX_PIXELS / 1_000_000);
                }
            }
            case PDF -> {
                if (hasActiveContent(content)) {
                    throw new RuleViolationException("attachment.activeContent", name);
                }
            }
        }
    }

    /**
     * Width × height from the IHDR chunk, which the format puts first; 0 when the file is too short to hold it (such
     * a file decodes to nothing and so is no bomb).
     */
    static long pngPixels(byte[] png) {
        if (png.length < 24 || !"IHDR".equals(new String(png, 12, 4, StandardCharsets.US_ASCII))) {
            return 0;
        }
        return unsignedInt(png, 16) * unsignedInt(png, 20);
    }

    /** Width × height from the first start-of-frame segment; 0 when there is none before the image data. */
    static long jpegPixels(byte[] jpeg) {
        int at = 2;
        while (at + 3 < jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return 0;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                at += 2; // markers without a segment
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return 0; // end of image or start of scan before any frame
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                if (at + 8 >= jpeg.length) {
                    return 0;
                }
                long height = (jpeg[at + 5] & 0xFF) << 8 | (jpeg[at + 6] & 0xFF);
                long width = (jpeg[at + 7] & 0xFF) << 8 | (jpeg[at + 8] & 0xFF);
                return width * height;
            }
            if (length < 2) {
                return 0;
            }
            at += 2 + length;
        }
        return 0;
    }

    /**
     * Whether the PDF names a script or launch action outside its streams or inside one of its object streams. The
     * bytes of other streams (fonts, images, page contents) are skipped: compressed data would match a short name
     * such as {@code /JS} by chance.
     */
    static boolean hasActiveContent(byte[] pdf) {
        int scanned = 0;
        int at = 0;
        while ((at = indexOf(pdf, "stream", at)) >= 0) {
            int data = at + "stream".length();
            if (at == 0 || isRegular(pdf[at - 1]) || data >= pdf.length || (pdf[data] != '\r' && pdf[data] != '\n')) {
                at = data; // "endstream", or the word inside a name or a string
                continue;
            }
            data += pdf[data] == '\r' && data + 1 < pdf.length && pdf[data + 1] == '\n' ? 2 : 1;
            int end = indexOf(pdf, "endstream", data);
            if (end < 0) {
                end = pdf.length;
            }
            if (namesActive(pdf, scanned, at)) {
                return true;
            }
            int object = lastIndexOf(pdf, "obj", at);
            if (namesInclude(pdf, Math.max(object, scanned), at, "ObjStm")) {
                byte[] inflated = inflate(pdf, data, end);
                if (inflated != null && namesActive(inflated, 0, inflated.length)) {
                    return true;
                }
            }
            scanned = Math.min(end + "endstream".length(), pdf.length);
            at = scanned;
        }
        return namesActive(pdf, scanned, pdf.length);
    }

    private static boolean namesActive(byte[] bytes, int from, int to) {
        for (int at = from; at < to; at++) {
            if (bytes[at] == '/' && ACTIVE_NAMES.contains(name(bytes, at + 1, to))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesInclude(byte[] bytes, int from, int to, String wanted) {
        for (int at = from; at < to; at++) {
            if (bytes[at] == '/' && wanted.equals(name(bytes, at + 1, to))) {
                return true;
            }
        }
        return false;
    }

    /** The name token starting at {@code at} (after its slash), its {@code #xx} escapes decoded. */
    private static String name(byte[] bytes, int at, int to) {
        StringBuilder name = new StringBuilder();
        while (at < to && isRegular(bytes[at]) && name.length() <= 16) {
            if (bytes[at] == '#' && at + 2 < to && hex(bytes[at + 1]) >= 0 && hex(bytes[at + 2]) >= 0) {
                name.append((char) (hex(bytes[at + 1]) << 4 | hex(bytes[at + 2])));
                at += 3;
            } else {
                name.append((char) (bytes[at] & 0xFF));
                at++;
            }
        }
        return name.toString();
    }

    /** Not white space and not a delimiter of PDF's syntax. */
    private static boolean isRegular(byte b) {
        return "\0\t\n\f\r ()<>[]{}/%".indexOf((char) (b & 0xFF)) < 0;
    }

    private static int hex(byte b) {
        return Character.digit((char) (b & 0xFF), 16);
    }

    /** The stream's bytes inflated, or null when they are not deflated or inflate to more than the limit. */
    private static byte[] inflate(byte[] bytes, int from, int to) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, from, to - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static long unsignedInt(byte[] bytes, int at) {
        return ((long) (bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
    }

    private static int indexOf(byte[] bytes, String text, int from) {
        byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = Math.max(from, 0); i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, String text, int before) {
        byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = Math.min(before, bytes.length) - wanted.length; i >= 0; i--) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
