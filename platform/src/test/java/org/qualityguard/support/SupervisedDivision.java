package org.qualityguard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.identity.Role;
import tools.jackson.databind.JsonNode;

/**
 * A division with its staff and one graded food producer, built through the real API:
 * {@code SupervisedDivision.in(port, staff, "320505").withProducer("MEAT_PRODUCTS").withApprovedPlan()} gives an
 * approved plan whose task for the producer is assigned to one of the division's inspectors.
 */
public final class SupervisedDivision {

    private final int port;
    private final Staff staff;
    public final String division;
    public final Staff.Member clerk;
    public final Staff.Member analyst;
    public final Staff.Member chief;
    /** Every inspector made here, across tests: a draw may assign any inspector of the division. */
    private static final Map<Long, Staff.Member> INSPECTORS = new java.util.concurrent.ConcurrentHashMap<>();
    private String producer;
    private long planId;
    private JsonNode task;

    private SupervisedDivision(int port, Staff staff, String division) {
        this.port = port;
        this.staff = staff;
        this.division = division;
        this.clerk = staff.inspectorOf(division);
        this.analyst = staff.withRoles(division, Role.ANALYST);
        this.chief = staff.withRoles(division, Role.CHIEF);
        INSPECTORS.put(clerk.account().id(), clerk);
        for (int i = 0; i < 3; i++) {
            Staff.Member m = staff.inspectorOf(division);
            INSPECTORS.put(m.account().id(), m);
        }
    }

    public static SupervisedDivision in(int port, Staff staff, String division) {
        return new SupervisedDivision(port, staff, division);
    }

    /** Registers a food producer of the given category and grades it. */
    public SupervisedDivision withProducer(String foodCategory) {
        return withEnterprise("监管测试食品有限公司", "FOOD_PRODUCER", foodCategory);
    }

    /** Registers a special-equipment user and grades it. */
    public SupervisedDivision withEquipmentUser() {
        return withEnterprise("监管测试设备使用有限公司", "SPECIAL_EQUIPMENT_USER", null);
    }

    private SupervisedDivision withEnterprise(String namePrefix, String category, String foodCategory) {
        producer = EnterpriseSheetBuilder.freshCreditCode(division);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("creditCode", producer);
        enterprise.put("name", namePrefix + producer.substring(10));
        enterprise.put("categories", List.of(category));
        enterprise.put("foodCategory", foodCategory);
        enterprise.put("divisionCode", division);
        assertThat(api(clerk).post("/api/v1/enterprises", enterprise).status()).isEqualTo(201);
        assertThat(api(analyst).post("/api/v1/supervision/enterprises/" + producer + "/regrade", Map.of()).status())
                .isEqualTo(200);
        return this;
    }

    /** Draws this year's plan for the division and has the chief approve it. */
    public SupervisedDivision withApprovedPlan() {
        Api.Reply drawn = api(analyst).post("/api/v1/supervision/plans",
                Map.of("division", division, "year", BusinessDay.today().getYear()));
        assertThat(drawn.status()).isEqualTo(201);
        planId = drawn.body().get("id").asLong();
        drawn.body().get("inspections").forEach(i -> {
            if (i.get("creditCode").asString().equals(producer)) {
                task = i;
            }
        });
        assertThat(task).as("the producer is drawn").isNotNull();
        assertThat(api(chief).post("/api/v1/supervision/plans/" + planId + "/approve", Map.of()).status())
                .isEqualTo(200);
        return this;
    }

    /** The enterprise registered last (producer or equipment user). */
    public String producer() {
        return producer;
    }

    public long planId() {
        return planId;
    }

    public long taskId() {
        return task.get("id").asLong();
    }

    /** One of the two inspectors the draw assigned to the producer's task. */
    public Staff.Member assignedInspector() {
        Staff.Member a = INSPECTORS.get(task.get("inspectorA").asLong());
        Staff.Member m = a != null ? a : INSPECTORS.get(task.get("inspectorB").asLong());
        assertThat(m).as("the drawn inspectors were made by a test fixture").isNotNull();
        return m;
    }

    /** One more inspector of the division, known to the fixture like the others: a later draw may assign them. */
    public Staff.Member newInspector() {
        Staff.Member m = staff.inspectorOf(division);
        INSPECTORS.put(m.account().id(), m);
        return m;
    }

    /** The other of the two drawn inspectors: the one who co-signs what {@link #assignedInspector()} records. */
    public Staff.Member secondInspector() {
        long first = assignedInspector().account().id();
        long other = task.get("inspectorA").asLong() == first ? task.get("inspectorB").asLong()
                : task.get("inspectorA").asLong();
        Staff.Member m = INSPECTORS.get(other);
        assertThat(m).as("the drawn inspectors were made by a test fixture").isNotNull();
        return m;
    }

    public Api api(Staff.Member member) {
        return Api.as(port, member);
    }
}
