package org.qualityguard.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;

/**
 * Builds import files: {@code aSheet().withValidRows(10, "320102").withRow(...).csv()}. Every valid row gets a
 * fresh credit code, unique across the test JVM.
 */
public final class EnterpriseSheetBuilder {

    private static final AtomicInteger SERIAL = new AtomicInteger(20_000_000 + (int) (System.nanoTime() % 1_000_000) * 10);
    public static final List<String> HEADER = List.of("统一社会信用代码", "名称", "类别", "食品类别", "行政区划代码", "地址",
            "法定代表人");

    private final List<List<String>> rows = new ArrayList<>();

    public static EnterpriseSheetBuilder aSheet() {
        return new EnterpriseSheetBuilder();
    }

    public static String freshCreditCode(String division) {
        return CreditCode.synthetic(new DivisionCode(division), SERIAL.incrementAndGet()).value();
    }

    public EnterpriseSheetBuilder withValidRows(int count, String division) {
        for (int i = 0; i < count; i++) {
            String code = freshCreditCode(division);
            rows.add(List.of(code, "测试食品有限公司" + code.substring(10), "食品生产企业", "乳制品", division,
                    "测试路" + i + "号", "张三"));
        }
        return this;
    }

    public EnterpriseSheetBuilder withRow(String creditCode, String name, String categories, String foodCategory,
                                          String division) {
        rows.add(List.of(creditCode, name, categories, foodCategory, division, "", ""));
        return this;
    }

    public List<List<String>> rows() {
        return rows;
    }

    public String codeOfRow(int index) {
        return rows.get(index).get(0);
    }

    public byte[] csv() {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(EnterpriseSheetBuilder::quote).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("企业");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
