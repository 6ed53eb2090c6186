package org.qualityguard.enterprise.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.qualityguard.enterprise.EnterpriseImport;
import org.qualityguard.enterprise.ImportMode;
import org.qualityguard.enterprise.ImportProgress;
import org.qualityguard.enterprise.ImportResult;
import org.qualityguard.enterprise.domain.EnterpriseCategory;
import org.qualityguard.enterprise.domain.FoodCategory;
import org.qualityguard.shared.sheet.SheetRow;
import org.qualityguard.enterprise.persistence.Enterprises;
import org.qualityguard.identity.Division;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo registry, sized like the seed's province: 6,500 food producers and 4,650 special-equipment enterprises
 * spread over Jiangsu's counties, with valid credit codes and names that say plainly they are demo data. Loaded
 * once, through the same import as a user's file, and marked as demo.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoEnterprises implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEnterprises.class);

    private final EnterpriseImport importer;
    private final Enterprises enterprises;
    private final Divisions divisions;
    private final int foodProducers;
    private final int specialEquipment;

    /** The sizes are configurable so that a test can load a small demo province through the same code. */
    DemoEnterprises(EnterpriseImport importer, Enterprises enterprises, Divisions divisions,
                    @Value("${qualityguard.demo.food-producers:6500}") int foodProducers,
                    @Value("${qualityguard.demo.special-equipment-enterprises:4650}") int specialEquipment) {
        this.importer = importer;
        this.enterprises = enterprises;
        this.divisions = divisions;
        this.foodProducers = foodProducers;
        this.specialEquipment = specialEquipment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enterprises.count() > 0) {
            return;
        }
        List<SheetRow> rows = generate(divisions.ofLevel(DivisionLevel.COUNTY), foodProducers, specialEquipment,
                new Random(2010));
        ImportResult result = importer.importRows(StaffUser.system(new DivisionCode("320000")), "demo-registry",
                rows, ImportMode.ALL_OR_NOTHING, true, ImportProgress.NONE);
        log.info("Loaded the demo registry: {} enterprises (marked as demo)", result.created());
    }

    static List<SheetRow> generate(List<Division> counties, int foodProducers, int specialEquipment, Random random) {
        List<SheetRow> rows = new ArrayList<>(foodProducers + specialEquipment);
        FoodCategory[] foods = FoodCategory.values();
        EnterpriseCategory[] equipment = {EnterpriseCategory.SPECIAL_EQUIPMENT_USER,
            EnterpriseCategory.SPECIAL_EQUIPMENT_USER, EnterpriseCategory.SPECIAL_EQUIPMENT_USER,
            EnterpriseCategory.SPECIAL_EQUIPMENT_MAINTENANCE, EnterpriseCategory.SPECIAL_EQUIPMENT_MANUFACTURER};
        for (int i = 1; i <= foodProducers + specialEquipment; i++) {
            Division county = counties.get(random.nextInt(counties.size()));
            boolean food = i <= foodProducers;
            Map<String, String> cells = new HashMap<>();
            cells.put("creditCode", CreditCode.synthetic(county.code(), 10_000_000 + i).value());
            String kind;
            if (food) {
                kind = "食品生产企业";
                boolean exporter = random.nextInt(10) == 0;
                cells.put("categories", "FOOD_PRODUCER" + (exporter ? ";IMPORTER_EXPORTER" : ""));
                cells.put("foodCategory", foods[random.nextInt(foods.length)].name());
            } else {
                EnterpriseCategory category = equipment[random.nextInt(equipment.length)];
                kind = category.chineseName();
                cells.put("categories", category.name());
            }
            cells.put("name", String.format("演示%s%s%05d号", county.name(), kind, i));
            cells.put("divisionCode", county.code().value());
            cells.put("address", county.name() + "演示路" + (1 + random.nextInt(999)) + "号");
            cells.put("legalRepresentative", "演示法人" + i);
            rows.add(new SheetRow(i + 1, cells));
        }
        return rows;
    }
}
