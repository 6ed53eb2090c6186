package org.qualityguard.enterprise;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.importing.EnterpriseSheet;
import org.qualityguard.enterprise.persistence.Enterprises;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the filtered list to .xlsx with the import's column titles, so that an exported sheet can be corrected and
 * imported back. Rows stream through a window of 500 in memory, so a whole province fits.
 */
@Service
public class EnterpriseExport {

    private final Enterprises enterprises;
    private final Divisions divisions;
    private final EnterpriseRegistry registry;

    EnterpriseExport(Enterprises enterprises, Divisions divisions, EnterpriseRegistry registry) {
        this.enterprises = enterprises;
        this.divisions = divisions;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    public void writeXlsx(StaffUser reader, EnterpriseFilter filter, OutputStream out) throws IOException {
        registry.requireReader(reader, filter);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("企业名录");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> titles = new ArrayList<>(EnterpriseSheet.COLUMNS.values());
            titles.add("行政区划");
            titles.add("演示数据");
            Row header = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(titles.get(i));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            enterprises.forEach(filter, reader.scope(), e -> write(sheet.createRow(next[0]++), e));
            workbook.write(out);
        }
    }

    private void write(Row row, Enterprise e) {
        String[] values = {
            e.creditCode().value(),
            e.name(),
            String.join(";", e.categories().stream().sorted().map(c -> c.chineseName()).toList()),
            e.foodCategory() == null ? "" : e.foodCategory().chineseName(),
            e.division().value(),
            nullToEmpty(e.address()),
            nullToEmpty(e.legalRepresentative()),
            divisions.fullNameOf(e.division()),
            e.demo() ? "是" : ""
        };
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
