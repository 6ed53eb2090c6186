package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.risk.WarningLevel;
import org.qualityguard.support.Browser;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo province as a first start leaves it (the same context as the page tour, so the demo loads once for both;
 * the days' draws come from a fixed seed, so that a failure can be run again): its sixty days of lots, decided and
 * inspected through the real use cases, leave the risk engine warning at every level, and the warnings list and the
 * risk dashboard show each level by its Chinese name. {@code DemoWarningsHarness} prints the warnings a first start
 * leaves on other days of the week and with draws at random, as in service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"qualityguard.demo.enabled=true", "qualityguard.inspection.fixed-seed=2026"})
@ActiveProfiles("test")
class DemoWarningsIntegrationTest {

    static final Set<WarningLevel> EVERY_LEVEL = EnumSet.range(WarningLevel.BLUE, WarningLevel.RED);

    @LocalServerPort
    int port;
    @Autowired
    RiskWarnings warnings;
    @Autowired
    UserDetailsService users;

    @Test
    void theDemoLeavesTheEngineWarningAtEveryLevel() {
        StaffUser analyst = (StaffUser) users.loadUserByUsername("province.analyst");
        List<RiskWarnings.WarningView> standing = warnings.list(analyst);
        Set<WarningLevel> levels = standing.stream().map(v -> v.warning().level()).collect(Collectors.toSet());
        assertThat(levels).as("levels of " + standing.stream().map(v -> v.warning().level() + " "
                + v.warning().cell()).toList()).containsAll(EVERY_LEVEL);
        assertThat(standing).allSatisfy(v -> assertThat(v.warning().evidenceLotIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(id).startsWith("DEMO-")));
    }

    @Test
    void theWarningsListAndTheDashboardShowEveryLevelByItsChineseName() {
        Browser analyst = new Browser(port).signIn(new Staff.Member("province.analyst", "demo-password-2026", null));
        String list = analyst.get("/console/inspection/warnings?lang=zh-CN").html();
        String dashboard = analyst.get("/console/inspection/dashboard?lang=zh-CN").html();
        for (String[] level : new String[][] {{"BLUE", "蓝色"}, {"YELLOW", "黄色"}, {"ORANGE", "橙色"}, {"RED", "红色"}}) {
            assertThat(list).as("the warnings list").containsPattern("level-" + level[0] + "\"[^>]*>" + level[1] + "<");
            assertThat(dashboard).as("the dashboard").containsPattern(
                    "level-" + level[0] + "\"[^>]*>" + level[1] + " [1-9]\\d*<");
        }
    }

    @Test
    void theReadmeSaysTheDemoWarnsAtEveryLevel() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(readme).contains("warnings of every level (蓝色 blue, 黄色 yellow, 橙色 orange, 红色 red)");
    }
}
