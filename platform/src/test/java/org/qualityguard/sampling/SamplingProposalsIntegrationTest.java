package org.qualityguard.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.domain.ComplaintStatus;
import org.qualityguard.sampling.domain.TrackingCode;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class SamplingProposalsIntegrationTest {

    @Autowired
    ComplaintStore store;
    @Autowired
    SamplingProposals proposals;
    @Autowired
    StaffAdministration administration;
    @Autowired
    UserDetailsService directory;

    private void complaint(String division, String brand, String barcode, String category, LocalDate day, int n) {
        String number = "TT" + System.nanoTime() + "-" + n;
        long id = store.insert(new ComplaintStore.NewComplaint(number, TrackingCode.hash(number, "X"), "纯牛奶", brand,
                barcode, null, division, "有酸味", null, true, day.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant(), day, null, 0, false, false), List.of());
        store.classify(id, ComplaintStatus.WORKFLOW.edge(ComplaintStatus.REVIEW), category, "tester",
                java.time.Instant.now());
    }

    @Test
    void thirtyComplaintsAboutOneMilkBrandInTwoWeeksProposeDairyWithTheComplaintsBehindIt() {
        LocalDate today = BusinessDay.today();
        // a usual trickle of dairy complaints in the baseline, one a week, in 320116
        for (int w = 0; w < 8; w++) {
            complaint("320116", "别的牌", null, "01.0", today.minusDays(15 + 7L * w), w);
        }
        // a usual trickle of meat, which stays quiet
        for (int w = 0; w < 8; w++) {
            complaint("320116", "肉牌", null, "08.0", today.minusDays(15 + 7L * w), 100 + w);
            if (w < 2) {
                complaint("320116", "肉牌", null, "08.0", today.minusDays(w), 200 + w);
            }
        }
        for (int i = 0; i < 30; i++) {
            complaint("320116", "测试牧场", "6901028075800", "01.0", today.minusDays(i % 14), 300 + i);
        }
        StaffUser analyst = (StaffUser) directory.loadUserByUsername(
                new Staff(administration).withRoles("320116", org.qualityguard.identity.Role.ANALYST).username());
        List<SamplingProposal> found = proposals.proposals(analyst);
        assertThat(found).extracting(SamplingProposal::category).containsExactly("01.0");
        SamplingProposal dairy = found.get(0);
        assertThat(dairy.observed()).isEqualTo(30);
        assertThat(dairy.complaints()).hasSize(30);
        assertThat(dairy.clusters()).contains(new SamplingProposal.Cluster("barcode", "6901028075800", 30),
                new SamplingProposal.Cluster("brand", "测试牧场", 30));
        assertThat(dairy.pValue()).isLessThan(0.01);
        // the county next door sees none of it
        StaffUser neighbour = (StaffUser) directory.loadUserByUsername(
                new Staff(administration).withRoles("320117", org.qualityguard.identity.Role.ANALYST).username());
        assertThat(proposals.proposals(neighbour)).isEmpty();
    }
}
