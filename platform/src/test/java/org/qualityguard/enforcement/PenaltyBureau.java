package org.qualityguard.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.identity.Role;
import org.qualityguard.support.Api;
import org.qualityguard.support.Staff;

/**
 * A county bureau for a test: an inspector and its chief, and a penalty item of their own published by the province
 * (a 20-day decision limit, testing, hearings and expert time not counted, a three-band standard in yuan).
 */
public record PenaltyBureau(Staff.Member inspectorMember, Staff.Member chiefMember, Api inspector, Api chief, String item) {

    public static PenaltyBureau of(int port, Staff staff, String county) {
        String code = "CF-T" + System.nanoTime() % 1_000_000 + "-001";
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("type", "PENALTY");
        item.put("name", "测试处罚事项" + code);
        item.put("legalBases", List.of(Map.of("law", "《特种设备安全法》", "article", "第八十四条")));
        item.put("levels", List.of("PROVINCE", "CITY", "COUNTY"));
        item.put("kinds", List.of("MARKET_SUPERVISION"));
        item.put("statutoryLimit", Map.of("days", 20, "count", "CALENDAR_DAYS", "maximumExtension", 10));
        item.put("excluded", List.of("TESTING", "HEARING", "EXPERT_EVALUATION"));
        item.put("discretion", List.of(
                Map.of("circumstance", "轻微", "range", "责令停止使用有关特种设备，处三万元以上十万元以下罚款"),
                Map.of("circumstance", "一般", "range", "责令停止使用有关特种设备，处十万元以上二十万元以下罚款"),
                Map.of("circumstance", "严重", "range", "责令停止使用有关特种设备，处二十万元以上三十万元以下罚款")));
        item.put("responsibleUnit", "特种设备安全监察处");
        item.put("accountability", "《特种设备安全法》第九十四条");
        Api.Reply drafted = Api.as(port, staff.withRoles("320000", Role.ANALYST)).post("/api/v1/power/items", item);
        assertThat(drafted.status()).as(String.valueOf(drafted.body())).isEqualTo(201);
        long id = drafted.body().get("id").asLong();
        Api province = Api.as(port, staff.withRoles("320000", Role.CHIEF));
        for (String command : List.of("review", "confirm", "publish")) {
            assertThat(province.post("/api/v1/power/items/" + id + "/" + command, Map.of()).status()).isEqualTo(200);
        }
        Staff.Member inspector = staff.inspectorOf(county);
        Staff.Member chief = staff.colleagueOf(inspector, Role.CHIEF);
        return new PenaltyBureau(inspector, chief, Api.as(port, inspector), Api.as(port, chief), code);
    }
}
