package org.qualityguard.power.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.PowerType;
import org.qualityguard.shared.clock.TimeLimit;
import org.qualityguard.power.demo.DemoCatalogue;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.sheet.SheetRow;

class CatalogueSheetTest {

    @Test
    void everyDemoItemWrittenAsASheetRowReadsBackAsTheSameItem() {
        for (ItemContent item : DemoCatalogue.items()) {
            Map<String, String> cells = CatalogueSheet.format(item, 3, "PUBLISHED");
            CatalogueSheet.Parsed parsed = CatalogueSheet.parse(new SheetRow(2, cells));
            assertThat(parsed.faults()).as(item.code()).isEmpty();
            assertThat(parsed.version()).isEqualTo(3);
            assertThat(parsed.content()).as(item.code()).isEqualTo(item);
        }
    }

    @Test
    void aProvinceSheetWrittenByHandIsRead() {
        Map<String, String> cells = new HashMap<>();
        cells.put("code", "xk-tzsb-001");
        cells.put("version", "1");
        cells.put("type", "行政许可");
        cells.put("name", "特种设备使用登记");
        cells.put("legalBasis", "《特种设备安全法》第三十三条; 《特种设备安全监察条例》第二十五条");
        cells.put("levels", "市级，县级");
        cells.put("kinds", "市场监督管理部门");
        cells.put("statutoryLimit", "15 个工作日，可延长 10 个工作日");
        cells.put("promisedLimit", "5天");
        cells.put("excluded", "现场核查");
        cells.put("responsibleUnit", "特种设备安全监察处");
        cells.put("accountability", "《特种设备安全法》第九十四条");
        CatalogueSheet.Parsed parsed = CatalogueSheet.parse(new SheetRow(7, cells));
        assertThat(parsed.faults()).isEmpty();
        ItemContent c = parsed.content();
        assertThat(c.code()).isEqualTo("XK-TZSB-001");
        assertThat(c.type()).isEqualTo(PowerType.LICENSING);
        assertThat(c.legalBases()).hasSize(2);
        assertThat(c.legalBases().get(1).article()).isEqualTo("第二十五条");
        assertThat(c.statutoryLimit()).isEqualTo(TimeLimit.workingDays(15).extendableBy(10));
        assertThat(c.promisedLimit().count()).isEqualTo(TimeLimit.DayCount.CALENDAR_DAYS);
        assertThat(c.levels()).hasSize(2);
    }

    @Test
    void unreadableCellsAreNamedByRowAndColumn() {
        Map<String, String> cells = new HashMap<>();
        cells.put("code", "CF-TEST-001");
        cells.put("version", "一");
        cells.put("type", "行政罚款");
        cells.put("legalBasis", "产品质量法第四十九条");
        cells.put("levels", "乡级");
        cells.put("kinds", "市场监督管理部门");
        cells.put("statutoryLimit", "九十日");
        cells.put("discretion", "轻微没有幅度");
        CatalogueSheet.Parsed parsed = CatalogueSheet.parse(new SheetRow(5, cells));
        assertThat(parsed.faults()).allSatisfy(f -> assertThat(f.row()).isEqualTo(5));
        assertThat(parsed.faults()).extracting(FieldViolation::field).containsExactlyInAnyOrder("version", "type",
                "legalBasis", "levels", "statutoryLimit", "discretion");
        assertThat(parsed.faults()).extracting(f -> f.violation().code()).containsExactlyInAnyOrder("E4140", "E4141",
                "E4142", "E4143", "E4147", "E4146");
    }
}
