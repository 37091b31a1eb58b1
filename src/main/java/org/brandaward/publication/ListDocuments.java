package org.brandaward.publication;

import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.brandaward.shared.JasperTemplate;
import org.brandaward.ui.Translations;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The downloads of a published list, in Chinese as the official list is: a PDF ({@value #TEMPLATE}) and an XLSX workbook. */
@Component
class ListDocuments {

    static final String TEMPLATE = "reports/published-list.jrxml";
    private static final Locale LANGUAGE = Translations.CHINESE;

    private final JasperTemplate template = new JasperTemplate(TEMPLATE);
    private final ListRows rows;

    ListDocuments(ListRows rows) {
        this.rows = rows;
    }

    byte[] pdf(PublishedList list) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("heading", rows.heading(list, LANGUAGE));
        parameters.put("decision", rows.decision(list, LANGUAGE));
        parameters.put("subjectHeader", rows.subjectHeader(list, LANGUAGE));
        parameters.put("lastHeader", rows.outcomeHeader(list, LANGUAGE));
        List<PdfRow> lines = rows.rows(list, LANGUAGE).stream().map(PdfRow::new).toList();
        return template.pdf(parameters, new JRBeanCollectionDataSource(lines), rows.heading(list, LANGUAGE));
    }

    /**
     * The list as a workbook: the heading and the decision above a header row, one row per entry. Every cell is text;
     * one that a spreadsheet would read as a formula or command (starting with = + - @, a tab or a carriage return) is
     * quote-prefixed, so it shows as typed and never runs.
     */
    byte[] xlsx(PublishedList list) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle typed = workbook.createCellStyle();
            typed.setQuotePrefixed(true);
            Sheet sheet = workbook.createSheet(rows.text("publication.sheetName", LANGUAGE));
            int r = 0;
            write(sheet.createRow(r++), typed, rows.heading(list, LANGUAGE));
            write(sheet.createRow(r++), typed, rows.decision(list, LANGUAGE));
            write(sheet.createRow(r++), typed, rows.text("publication.rank", LANGUAGE), rows.text("publication.organisation", LANGUAGE),
                    rows.text("publication.creditCode", LANGUAGE), rows.subjectHeader(list, LANGUAGE), rows.text("publication.city", LANGUAGE),
                    rows.text("publication.tier", LANGUAGE), rows.outcomeHeader(list, LANGUAGE));
            for (ListRows.Row line : rows.rows(list, LANGUAGE)) {
                write(sheet.createRow(r++), typed, line.position(), line.organisation(), line.creditCode(), line.subject(), line.city(),
                        line.tier(), line.outcome());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, CellStyle typed, String... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (readAsFormula(values[i])) {
                cell.setCellStyle(typed);
            }
        }
    }

    /** Whether a spreadsheet would take the text for a formula (OWASP's CSV injection starters). */
    static boolean readAsFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** A line as the template's fields read it (getters, for the bean data source). */
    public static final class PdfRow {

        private final ListRows.Row row;

        PdfRow(ListRows.Row row) {
            this.row = row;
        }

        public String getPosition() {
            return row.position();
        }

        public String getOrganisation() {
            return row.organisation();
        }

        public String getSubject() {
            return row.subject();
        }

        public String getCity() {
            return row.city();
        }

        public String getTier() {
            return row.tier();
        }

        public String getLast() {
            return row.outcome();
        }
    }
}
