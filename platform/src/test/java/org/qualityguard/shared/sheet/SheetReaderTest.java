package org.qualityguard.shared.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qualityguard.shared.ValidationException;

class SheetReaderTest {

    private static final SheetReader.Layout LAYOUT = new SheetReader.Layout(columns(), List.of("code"));

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("code", "代码");
        columns.put("name", "名称");
        columns.put("amount", "数量");
        columns.put("since", "日期");
        return columns;
    }

    /**
     * The streaming reader gives what the workbook shows: shared strings, numbers as formatted, dates in the cell's
     * format, "" for a cell the sheet leaves out and null for a column the row does not reach; blank rows are
     * skipped, rows keep the numbers the spreadsheet shows, and only the first sheet is read.
     */
    @Test
    void aLargeXlsxIsReadStreaming() {
        byte[] xlsx = workbook(new XSSFWorkbook(), 3);

        List<SheetRow> rows = SheetReader.read("units.xlsx", xlsx, LAYOUT, 10);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).cells()).containsEntry("code", "C0").containsEntry("name", "名称0")
                .containsEntry("amount", "12.5").containsEntry("since", "2026-03-01");
        assertThat(rows.get(1).cells()).containsEntry("code", "C1").containsEntry("name", "")
                .containsEntry("amount", "13.5");
        assertThat(rows.get(2).number()).as("after a blank row").isEqualTo(5);
        assertThat(rows.get(2).get("since")).isNull();
    }

    @Test
    void aStreamedWorkbookWithInlineStringsReadsTheSame() {
        byte[] inline = workbook(new SXSSFWorkbook(), 3);

        assertThat(SheetReader.read("units.xlsx", inline, LAYOUT, 10))
                .isEqualTo(SheetReader.read("units.xlsx", workbook(new XSSFWorkbook(), 3), LAYOUT, 10));
    }

    @Test
    void anImportOverTheRowLimitIsRefusedWholeAndNamesTheLimit() {
        StringBuilder csv = new StringBuilder("code,name\n");
        for (int i = 0; i < 6; i++) {
            csv.append("C").append(i).append(",n\n");
        }

        assertThat(SheetReader.read("a.csv", csv.toString().getBytes(StandardCharsets.UTF_8), LAYOUT, 6))
                .hasSize(6);
        for (byte[] file : List.of(csv.append("C6,n\n").toString().getBytes(StandardCharsets.UTF_8),
                workbook(new XSSFWorkbook(), 7))) {
            String name = file[0] == 'P' ? "a.xlsx" : "a.csv";
            assertThatThrownBy(() -> SheetReader.read(name, file, LAYOUT, 6))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations()).hasSize(1);
                        assertThat(e.violations().get(0).violation().code()).isEqualTo("E1034");
                        assertThat(e.violations().get(0).violation().arguments()).containsExactly(6);
                    });
        }
    }

    /**
     * A first sheet of {@code rows} data rows below the header (a blank row after the second, a missing name in
     * it), and a second sheet that must not be read.
     */
    private static byte[] workbook(Workbook workbook, int rows) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("单位");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            String[] titles = {"代码", "名称", "数量", "日期"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            int r = 1;
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue("C" + i);
                if (i != 1) {
                    row.createCell(1).setCellValue("名称" + i);
                }
                if (i < 2) {
                    row.createCell(2).setCellValue(12.5 + i);
                    var since = row.createCell(3);
                    since.setCellValue(LocalDate.of(2026, 3, 1).plusDays(i));
                    since.setCellStyle(date);
                }
                if (i == 1) {
                    sheet.createRow(r++).createCell(1).setCellValue(" ");
                }
            }
            Sheet other = workbook.createSheet("其他");
            other.createRow(0).createCell(0).setCellValue("代码");
            other.createRow(1).createCell(0).setCellValue("NOT-READ");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
