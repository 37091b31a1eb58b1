package org.brandaward.badinput;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** The files the upload catalogue tries: well-formed ones and each kind of bad one, built byte by byte. */
final class BadFiles {

    static final byte[] PDF = ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    static final byte[] HTML = ascii("<html><script>alert(1)</script></html>");

    private BadFiles() {
    }

    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    static byte[] jpeg(int width, int height) {
        return image("jpg", width, height);
    }

    /** A PNG whose header declares {@code width} × {@code height} pixels; its one data chunk holds next to nothing. */
    static byte[] pngDeclaring(long width, long height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt((int) width).putInt((int) height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", deflate(new byte[4096])); // a real bomb's IDAT would inflate to gigabytes of zeros
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A JPEG whose start-of-frame declares {@code width} × {@code height} pixels, after an APP0 segment. */
    static byte[] jpegDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 11, 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
                (byte) width, 1, 1, 0x11, 0});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** A PDF whose catalogue runs {@code action} when opened, e.g. {@code /S /JavaScript /JS (app.alert(1))}. */
    static byte[] pdfOpening(String action) {
        return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction << " + action + " >> >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n");
    }

    /** A PDF 1.5 file keeping its script in a compressed object stream, where a plain byte scan would miss it. */
    static byte[] pdfWithScriptInObjectStream() {
        byte[] objects = deflate(ascii("3 0 << /S /JavaScript /JS (app.alert(1)) >>"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n"
                + "4 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + objects.length + " >>\nstream\n"));
        out.writeBytes(objects);
        out.writeBytes(ascii("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        return out.toByteArray();
    }

    /** A PDF with one object whose dictionary is {@code dictionary} and whose stream holds {@code data}. */
    static byte[] pdfWithStream(String dictionary, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "4 0 obj << " + dictionary + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        return out.toByteArray();
    }

    /** A catalogue whose title fakes the start of a stream, so that a scan skipping stream data would skip the action. */
    static byte[] pdfHidingItsActionBehindAFakeStream() {
        return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Title ( stream\n) /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"
                + " /Subject (endstream) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    static byte[] deflated(byte[] data) {
        return deflate(data);
    }

    /** A plain PDF with an image stream whose bytes happen to read "/JS ": stream data is no name. */
    static byte[] pdfWithJsBytesInAnImage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "5 0 obj << /Type /XObject /Subtype /Image /Width 2 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceGray /Length 8 >>\nstream\n"));
        out.writeBytes(ascii("/JS /J#53"));
        out.writeBytes(ascii("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = ascii(type);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
