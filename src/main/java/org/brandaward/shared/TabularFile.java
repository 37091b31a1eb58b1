package org.brandaward.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The rows of an uploaded table, header first, each cell as stripped text: a CSV file in UTF-8 (RFC 4180 quoting,
 * with or without the byte-order mark Excel writes) or the first sheet of an XLSX workbook. Row {@code i} of the
 * result is row {@code i + 1} of the file as Excel numbers it, blank rows included, so an import can name the line.
 * <p>
 * Cells are read by header position: every row is as wide as the header (the first row without its trailing blank
 * cells), a cell the file leaves out is an empty value, and a row only grows wider than the header when it has a
 * value beyond it, which the import then refuses by line. Trailing blank rows are dropped.
 * <p>
 * A file over {@link #MAX_BYTES}, with more than {@link #MAX_ROWS} rows below the header or a value beyond
 * {@link #MAX_COLUMNS} is refused with a message; a workbook is streamed row by row and stops at the limit, so a
 * large or inflating file never fills the memory. Anything else than CSV or XLSX is refused with {@code import.format}.
 */
public final class TabularFile {

    /** The largest file read, in bytes: a table of {@link #MAX_ROWS} rows is far smaller. */
    public static final int MAX_BYTES = 5 << 20;
    /** The most rows below the header. */
    public static final int MAX_ROWS = 10_000;
    /** The most columns a row may have a value in. */
    public static final int MAX_COLUMNS = 100;

    /** The most bytes one part of a workbook may inflate to: a sheet of {@link #MAX_ROWS} rows stays well below. */
    static final long MAX_WORKBOOK_ENTRY_BYTES = 64L << 20;
    /** A workbook part may inflate to at most 100 times its packed size (POI's default; sheets pack 5 to 50 times). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The most characters of text a workbook may hold (POI's default, about ten million). */
    static final long MAX_WORKBOOK_TEXT = 10L << 20;
    /** The most parts a workbook may have: a plain one has about a dozen. */
    static final long MAX_WORKBOOK_PARTS = 200;

    static {
        // POI's zip-bomb guards are JVM-wide; the application reads workbooks nowhere else than here.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_WORKBOOK_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_WORKBOOK_TEXT);
        ZipSecureFile.setMaxFileCount(MAX_WORKBOOK_PARTS);
    }

    private TabularFile() {
    }

    public static List<String[]> rows(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new RuleViolationException("import.format");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("import.tooLarge", MAX_BYTES >> 20);
        }
        Table table = new Table();
        if (csv) {
            csv(content, table);
        } else {
            xlsx(content, table);
        }
        return table.rows();
    }

    private static void csv(byte[] content, Table table) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolationException("import.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // RFC 4180 keeps blank lines as records, so record numbers stay line numbers for files without line breaks in values.
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    table.add((int) record.getRecordNumber() - 1, record.values());
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // Commons CSV reports an unclosed or misplaced quote this way, in the record after the last one read.
                throw new RuleViolationException("import.csvUnreadable", parser.getRecordNumber() + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void xlsx(byte[] content, Table table) {
        // From a file, the package inflates only the parts read, and the sheet streams; from memory it would unpack all.
        Path file = null;
        try {
            file = Files.createTempFile("import-", ".xlsx");
            Files.write(file, content);
            OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                XSSFReader reader = new XSSFReader(workbook);
                XSSFReader.SheetIterator sheets = reader.getSheetIterator();
                if (!sheets.hasNext()) {
                    throw new RuleViolationException("import.unreadable");
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                            new ReadOnlySharedStringsTable(workbook, false), new SheetRows(table), new IsoDateFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            } finally {
                workbook.revert(); // closes a package opened for reading without trying to save it
            }
        } catch (RuleViolationException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof RuleViolationException refusal) {
                throw refusal;
            }
            throw new RuleViolationException("import.unreadable");
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // Not a workbook, encrypted, broken, or one of POI's zip-bomb guards tripped.
            throw new RuleViolationException("import.unreadable");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary folder is cleaned by the system
                }
            }
        }
    }

    /** The rows read so far, with the limits applied as they come in. */
    private static final class Table {

        private static final String[] BLANK = new String[0];
        private final List<String[]> rows = new ArrayList<>();

        /** Row {@code index} (from 0) has {@code cells}; rows skipped since the last one are blank. */
        void add(int index, String[] cells) {
            int width = 0;
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c] == null ? "" : cells[c].strip();
                if (!cells[c].isEmpty()) {
                    if (c >= MAX_COLUMNS) {
                        throw new RuleViolationException("import.tooManyColumns", MAX_COLUMNS);
                    }
                    width = c + 1;
                }
            }
            if (width == 0) {
                return; // kept as a blank row only when a row with values follows
            }
            if (index > MAX_ROWS) {
                throw new RuleViolationException("import.tooManyRows", MAX_ROWS);
            }
            while (rows.size() < index) {
                rows.add(BLANK);
            }
            rows.add(Arrays.copyOf(cells, width));
        }

        /** Every row as wide as the header, or wider where it has a value beyond it. */
        List<String[]> rows() {
            int header = rows.isEmpty() ? 0 : rows.get(0).length;
            List<String[]> result = new ArrayList<>(rows.size());
            for (String[] row : rows) {
                String[] cells = Arrays.copyOf(row, Math.max(header, row.length));
                Arrays.fill(cells, row.length, cells.length, "");
                result.add(cells);
            }
            return result;
        }
    }

    /** Collects a sheet's cells by their column, whatever cells the file leaves out. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Table table;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Table table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            if (formattedValue == null || formattedValue.isBlank()) {
                return;
            }
            if (column >= MAX_COLUMNS) {
                throw new RuleViolationException("import.tooManyColumns", MAX_COLUMNS);
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            table.add(rowNum, cells.toArray(String[]::new));
        }
    }

    /**
     * Formats cells as Excel shows them, except dates: those read as ISO dates (2026-01-05), whatever date format the
     * sheet uses, so an import parses them like a CSV file's.
     */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
                return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString() : dateTime.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
