package org.brandaward.shared;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An uploaded table reads the same from CSV and XLSX: cells by header position, a missing trailing cell as an empty
 * value, quoted CSV values whole; an oversized or unreadable file is refused with a message, never read to the end.
 */
class TabularFileTest {

    @Test
    void an_xlsx_row_whose_last_cells_are_blank_is_as_wide_as_the_header() throws IOException {
        byte[] workbook = xlsx(new String[][] {
                {"name", "city", "title", "username"},
                {"周教授", "西宁市", "教授"},          // Excel stores no cell for the blank last column
                {"吴工", null, "高级工程师", null}});  // nor for a blank one in the middle

        List<String[]> rows = TabularFile.rows("专家.xlsx", workbook);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("周教授", "西宁市", "教授", "");
        assertThat(rows.get(2)).containsExactly("吴工", "", "高级工程师", "");
    }

    @Test
    void a_cell_beyond_the_header_is_kept_so_the_import_can_name_the_line_and_blank_ones_are_not() throws IOException {
        byte[] workbook = xlsx(new String[][] {{"a", "b", null, null}, {"1", "2", null, "extra"}, {"3", null, null, null}});

        List<String[]> rows = TabularFile.rows("t.xlsx", workbook);

        assertThat(rows.get(0)).containsExactly("a", "b");
        assertThat(rows.get(1)).containsExactly("1", "2", "", "extra");
        assertThat(rows.get(2)).containsExactly("3", "");
    }

    @Test
    void xlsx_numbers_read_as_shown_and_dates_as_iso_dates() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("listed_on");
            sheet.getRow(0).createCell(1).setCellValue("count");
            CellStyle excelDate = book.createCellStyle();
            excelDate.setDataFormat((short) 14); // Excel's default short date, m/d/yy
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2026, 1, 5));
            row.getCell(0).setCellStyle(excelDate);
            row.createCell(1).setCellValue(12);
            book.write(out);
            workbook = out.toByteArray();
        }

        assertThat(TabularFile.rows("t.xlsx", workbook).get(1)).containsExactly("2026-01-05", "12");
    }

    @Test
    void a_csv_value_in_quotes_keeps_its_commas_quotes_and_line_breaks() {
        String csv = "name,employer,reason\n"
                + "赵研究员,\"山东省标准化研究院, 济南\",\"他说 \"\"好\"\"\n第二行\"\n"
                + "钱高工,烟台大学,无\n";

        List<String[]> rows = TabularFile.rows("experts.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("赵研究员", "山东省标准化研究院, 济南", "他说 \"好\"\n第二行");
        assertThat(rows.get(2)).containsExactly("钱高工", "烟台大学", "无");
    }

    @Test
    void a_csv_saved_by_excel_as_utf8_with_a_bom_and_crlf_reads_its_header() {
        byte[] csv = "\uFEFFname,city\r\n周教授,西宁市\r\n".getBytes(StandardCharsets.UTF_8);

        List<String[]> rows = TabularFile.rows("EXPERTS.CSV", csv);

        assertThat(rows.get(0)).containsExactly("name", "city");
        assertThat(rows.get(1)).containsExactly("周教授", "西宁市");
    }

    @Test
    void blank_csv_lines_keep_their_place_so_line_numbers_stay_right() {
        List<String[]> rows = TabularFile.rows("t.csv", "a,b\n\n1,2\n\n\n".getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsOnly("");
        assertThat(rows.get(2)).containsExactly("1", "2");
    }

    @Test
    void a_csv_not_in_utf8_is_refused_with_a_message() {
        byte[] gbk = "name,city\n周教授,西宁市\n".getBytes(Charset.forName("GBK"));

        assertRefused(() -> TabularFile.rows("t.csv", gbk), "import.encoding");
    }

    @Test
    void a_csv_with_an_unclosed_quote_is_refused_naming_the_line() {
        byte[] csv = "a,b\n1,2\n3,\"4\n5,6\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TabularFile.rows("t.csv", csv))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("import.csvUnreadable");
                    assertThat(e.getArguments()).containsExactly(3L);
                });
    }

    @Test
    void a_table_of_more_rows_than_the_limit_is_refused_and_one_at_the_limit_is_read() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < TabularFile.MAX_ROWS; i++) {
            csv.append(i).append(",x\n");
        }
        assertThat(TabularFile.rows("t.csv", csv.toString().getBytes(StandardCharsets.UTF_8))).hasSize(TabularFile.MAX_ROWS + 1);
        byte[] tooMany = csv.append("one,more\n").toString().getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> TabularFile.rows("t.csv", tooMany), "import.tooManyRows");

        byte[] sheet;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = book.createSheet();
            for (int r = 0; r <= TabularFile.MAX_ROWS + 1; r++) {
                s.createRow(r).createCell(0).setCellValue("row " + r);
            }
            book.write(out);
            sheet = out.toByteArray();
        }
        assertRefused(() -> TabularFile.rows("t.xlsx", sheet), "import.tooManyRows");
    }

    @Test
    void trailing_blank_rows_of_a_sheet_do_not_count_against_the_limit() throws IOException {
        byte[] sheet;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = book.createSheet();
            s.createRow(0).createCell(0).setCellValue("a");
            s.createRow(1).createCell(0).setCellValue("1");
            CellStyle formatted = book.createCellStyle();
            for (int r = 2; r <= TabularFile.MAX_ROWS + 100; r++) {
                s.createRow(r).createCell(0).setCellStyle(formatted); // a formatted but empty range below the data
            }
            book.write(out);
            sheet = out.toByteArray();
        }

        assertThat(TabularFile.rows("t.xlsx", sheet)).hasSize(2);
    }

    @Test
    void a_row_wider_than_the_column_limit_is_refused() {
        byte[] csv = ("a\n" + "x,".repeat(TabularFile.MAX_COLUMNS) + "y\n").getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> TabularFile.rows("t.csv", csv), "import.tooManyColumns");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() {
        byte[] big = new byte[TabularFile.MAX_BYTES + 1];

        assertRefused(() -> TabularFile.rows("t.csv", big), "import.tooLarge");
        assertRefused(() -> TabularFile.rows("t.xlsx", big), "import.tooLarge");
    }

    @Test
    void a_workbook_that_inflates_far_beyond_its_size_is_refused_as_unreadable() throws IOException {
        byte[] bomb = withSheetPadding(xlsx(new String[][] {{"a"}, {"1"}}), 64 << 20);

        assertRefused(() -> TabularFile.rows("t.xlsx", bomb), "import.unreadable");
    }

    @Test
    void other_files_are_refused_by_name_and_broken_workbooks_as_unreadable() {
        assertRefused(() -> TabularFile.rows("t.xls", new byte[] {1}), "import.format");
        assertRefused(() -> TabularFile.rows(null, new byte[] {1}), "import.format");
        assertRefused(() -> TabularFile.rows("t.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)), "import.unreadable");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    /** A workbook with a cell for each non-null value only, as Excel writes one. */
    private static byte[] xlsx(String[][] rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("表");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with {@code bytes} of blanks before the end of its first sheet: a few kilobytes zipped. */
    private static byte[] withSheetPadding(byte[] workbook, int bytes) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook)); ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int written = 0; written < bytes; written += blanks.length) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }
}
