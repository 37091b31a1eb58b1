package org.brandaward;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The rows of an uploaded table, header first, each cell as text: a CSV file in UTF-8 (commas, no quoting) or the
 * first sheet of an XLSX workbook. Anything else is refused with {@code import.format}.
 */
public final class TabularFile {

    private TabularFile() {
    }

    public static List<String[]> rows(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return csv(content);
        }
        if (name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        throw new RuleViolationException("import.format");
    }

    private static List<String[]> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.lines().map(line -> Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new)).toList();
    }

    private static List<String[]> xlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
                String[] cells = new String[width];
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null ? "" : formatter.formatCellValue(cell).strip();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new RuleViolationException("import.unreadable");
        }
    }
}
