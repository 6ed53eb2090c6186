package org.qualityguard.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.domain.Verdicts;
import org.qualityguard.shared.AccessRefusedException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class StandardsTableIntegrationTest {

    private static final String MILK = "生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳";
    private static final String HEADER = "standard_no,item,applies_to,limit,unit,comparison,status,replaced_by,"
            + "effective_from,effective_until,source\n";

    @Autowired
    StandardsTable standards;
    @Autowired
    StaffAdministration administration;
    @Autowired
    UserDetailsService directory;

    private StaffUser admin(String division) {
        return (StaffUser) directory.loadUserByUsername(new Staff(administration).adminOf(division).username());
    }

    @Test
    void theShippedTableJudgesMilkByTheLeadLimitInForceOnTheSamplingDate() {
        Verdicts.Measurement lead = new Verdicts.Measurement("GB 2762", "铅(以Pb计)", new BigDecimal("0.03"), "mg/kg");
        assertThat(standards.judge(List.of(lead), MILK, LocalDate.of(2026, 11, 1)).conforms()).isFalse();
        assertThat(standards.judge(List.of(lead), MILK, LocalDate.of(2023, 1, 1)).conforms()).isTrue();
        assertThatThrownBy(() -> standards.judge(List.of(new Verdicts.Measurement("GB 2762", "铅(以Pb计)",
                new BigDecimal("30"), "μg/kg")), MILK, LocalDate.of(2026, 11, 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).violation().code()).isEqualTo("E4320"));
    }

    @Test
    void anImportWritesANewVersionOnlyWhenEveryRowIsValidAndOnlyAtTheProvince() {
        String row = "GB 2763-2021,测试农药甲,叶菜类蔬菜,0.05,mg/kg,≤,CURRENT,,2021-09-03,,GB 2763-2021 表3\n";
        StaffUser province = admin("320000");
        assertThat(standards.importSheet(province, "limits.csv", (HEADER + row).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(standards.importSheet(province, "limits.csv", (HEADER + row.replace("0.05", "0.01"))
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(standards.latest(province)).filteredOn(l -> l.item().equals("测试农药甲"))
                .singleElement().satisfies(l -> {
                    assertThat(l.version()).isEqualTo(2);
                    assertThat(l.limit()).isEqualByComparingTo("0.01");
                });

        String bad = row.replace("测试农药甲", "测试农药乙") + "GB 2763-2021,测试农药丙,叶菜类蔬菜,abc,mg/kg,≈,,,2021-09-03,,表3\n";
        assertThatThrownBy(() -> standards.importSheet(province, "limits.csv",
                (HEADER + bad).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.violation().code()).containsExactlyInAnyOrder("E4323", "E4324"));
        assertThat(standards.latest(province)).noneMatch(l -> l.item().equals("测试农药乙"));

        assertThatThrownBy(() -> standards.importSheet(admin("320118"), "limits.csv",
                (HEADER + row).getBytes(StandardCharsets.UTF_8))).isInstanceOf(AccessRefusedException.class);
    }
}
