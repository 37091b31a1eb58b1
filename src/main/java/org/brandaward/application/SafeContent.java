package org.brandaward.application;

import org.brandaward.shared.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What an upload of a known type must not carry, checked on its bytes before anything is stored: an image whose
 * header declares more pixels than {@link #MAX_PIXELS} (a decompression bomb: a few kilobytes that decode to
 * gigabytes), and a PDF with active content, a script or a launch action ({@link #ACTIVE_NAMES}).
 * <p>
 * The PDF check reads name tokens, with {@code #xx} escapes decoded (so {@code /J#61vaScript} is {@code /JavaScript}):
 * <ul>
 * <li>{@code /JavaScript} and {@code /Launch} anywhere in the file, stream data included: every script action has
 * the type {@code /S /JavaScript}, and names that long never occur in binary data by chance;</li>
 * <li>the same in every deflated stream, inflated (an object stream, {@code /Type /ObjStm}, keeps a PDF 1.5 file's
 * dictionaries compressed): each {@code stream} keyword is tried, so a fake one in a string hides nothing;</li>
 * <li>{@code /JS} too outside stream data and in object streams, where a short name cannot match by chance.</li>
 * </ul>
 * Inflating stops after {@link #INFLATE_BUDGET_FACTOR} times the file's size (at most {@link #MAX_INFLATED_TOTAL})
 * or {@link #MAX_STREAMS} streams, so a deflate bomb costs no more than that; what lies past the budget is not read. Strings are not told
 * apart from names on purpose: a reader that repairs a broken file may parse them differently, so a title reading
 * "/JavaScript" is refused too. Other filters than Flate (or chains of them) are not undone.
 */
public final class SafeContent {

    /** The most pixels an image may declare: 50 megapixels, more than any camera's photo (8192 × 6144). */
    public static final long MAX_PIXELS = 50_000_000L;
    /** The PDF names that start a script or a program. */
    static final Set<String> ACTIVE_NAMES = Set.of("JavaScript", "JS", "Launch");
    /** Those of them too long to occur in binary data by chance. */
    static final Set<String> LONG_ACTIVE_NAMES = Set.of("JavaScript", "Launch");
    /** A PDF's streams are inflated up to this many times its size in all. */
    static final int INFLATE_BUDGET_FACTOR = 32;
    /** And up to this many bytes in all. */
    static final long MAX_INFLATED_TOTAL = 512L << 20;
    /** The most streams inflated: a long book has a few thousand; a file of nothing but stream keywords is no PDF. */
    static final int MAX_STREAMS = 100_000;
    /** How far before its stream an object's dictionary is looked for. */
    private static final int DICTIONARY_REACH = 4096;
    /** Bytes carried from one inflated chunk to the next, so a name across the seam is read: an escaped name is long. */
    private static final int SEAM = 64;

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

    /** Whether the PDF names a script or launch action (see the class's description). */
    static boolean hasActiveContent(byte[] pdf) {
        if (names(pdf, 0, pdf.length, LONG_ACTIVE_NAMES)) {
            return true;
        }
        long[] budget = {Math.min(MAX_INFLATED_TOTAL, (long) INFLATE_BUDGET_FACTOR * pdf.length)};
        int attempts = MAX_STREAMS;
        int outside = 0; // where the bytes not taken for stream data begin
        int at = 0;
        while ((at = indexOf(pdf, "stream", at)) >= 0) {
            int data = at + "stream".length();
            if (at == 0 || isRegular(pdf[at - 1]) || data >= pdf.length || (pdf[data] != '\r' && pdf[data] != '\n')) {
                at = data; // "endstream", or the word inside a name
                continue;
            }
            data += pdf[data] == '\r' && data + 1 < pdf.length && pdf[data + 1] == '\n' ? 2 : 1;
            int object = lastIndexOf(pdf, "obj", at, DICTIONARY_REACH);
            boolean objectStream = object >= 0 && names(pdf, object, at, Set.of("ObjStm"));
            if (at >= outside && names(pdf, outside, at, ACTIVE_NAMES)) {
                return true;
            }
            if (--attempts >= 0 && inflatedNames(pdf, data, objectStream ? ACTIVE_NAMES : LONG_ACTIVE_NAMES, budget)) {
                return true;
            }
            int end = indexOf(pdf, "endstream", data);
            if (at >= outside) {
                outside = end < 0 ? pdf.length : end + "endstream".length();
            }
            at = data; // the next keyword may lie inside what looked like this stream's data
        }
        return outside < pdf.length && names(pdf, outside, pdf.length, ACTIVE_NAMES);
    }

    /**
     * Whether the deflated data from {@code from} names one of {@code wanted}, inflated chunk by chunk within the
     * remaining {@code budget}; false when the bytes are not deflated.
     */
    private static boolean inflatedNames(byte[] pdf, int from, Set<String> wanted, long[] budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, from, pdf.length - from);
            byte[] window = new byte[SEAM + 65536];
            int carried = 0;
            while (!inflater.finished() && budget[0] > 0) {
                int n = inflater.inflate(window, carried, window.length - carried);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                budget[0] -= n;
                int filled = carried + n;
                if (names(window, 0, filled, wanted)) {
                    return true;
                }
                carried = Math.min(SEAM, filled);
                System.arraycopy(window, filled - carried, window, 0, carried);
            }
            return false;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    private static boolean names(byte[] bytes, int from, int to, Set<String> wanted) {
        for (int at = from; at < to; at++) {
            if (bytes[at] == '/' && wanted.contains(name(bytes, at + 1, to))) {
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

    private static int lastIndexOf(byte[] bytes, String text, int before, int reach) {
        byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = Math.min(before, bytes.length) - wanted.length; i >= Math.max(0, before - reach); i--) {
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
