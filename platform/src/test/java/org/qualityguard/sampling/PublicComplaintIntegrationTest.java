package org.qualityguard.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.sampling.ComplaintBuilder.aComplaint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PublicVisitor;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class PublicComplaintIntegrationTest {

    private static final Pattern NUMBER = Pattern.compile("id=\"tracking-number\"[^>]*>([^<]+)<");
    private static final Pattern CODE = Pattern.compile("id=\"secret-code\"[^>]*>([^<]+)<");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAdministration administration;

    private PublicVisitor visitor(String address) {
        return new PublicVisitor(port, address);
    }

    private static PublicVisitor.Page submit(PublicVisitor v, Map<String, String> fields,
                                             PublicVisitor.Upload... photos) {
        return v.post("/portal/complaints", "/portal/complaints", fields, List.of(photos));
    }

    private static String[] receipt(PublicVisitor.Page page) {
        Matcher n = NUMBER.matcher(page.html());
        Matcher c = CODE.matcher(page.html());
        assertThat(n.find() && c.find()).as(page.html()).isTrue();
        return new String[] {n.group(1), c.group(1)};
    }

    private long stored(String trackingNumber) {
        return jdbc.sql("SELECT count(*) FROM sampling.complaint WHERE tracking_number = ?").param(trackingNumber)
                .query(Long.class).single();
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aComplaintIsCommittedBeforeTheAnswerAndFollowedByItsNumberAndCode() {
        PublicVisitor v = visitor("198.51.100.1");
        PublicVisitor.Page form = v.get("/portal/complaints");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("产品质量投诉与意见").contains("name=\"website\"");
        // the public page keeps no session: the CSRF token is in a cookie
        assertThat(String.valueOf(form.headers().get("set-cookie"))).doesNotContain("JSESSIONID").contains("XSRF-TOKEN");

        PublicVisitor.Page answer = submit(v, aComplaint().with("productName", "测试奶<script>x</script>").fields());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html()).contains("投诉已受理");
        String[] r = receipt(answer);
        assertThat(stored(r[0])).isEqualTo(1);
        assertThat(jdbc.sql("SELECT code_hash FROM sampling.complaint WHERE tracking_number = ?").param(r[0])
                .query(String.class).single()).doesNotContain(r[1]).hasSize(64);

        PublicVisitor.Page status = v.post("/portal/complaints/track", "/portal/complaints/track",
                Map.of("trackingNumber", r[0], "secretCode", r[1]), List.of());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.html()).contains("已受理，等待分类").contains("测试奶&lt;script&gt;").doesNotContain("<script>x");

        PublicVisitor.Page wrong = v.post("/portal/complaints/track", "/portal/complaints/track",
                Map.of("trackingNumber", r[0], "secretCode", "WRONGCODE2"), List.of());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html()).contains("查询编号或查询码不正确");
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheBarcodeAndNothingIsStored() {
        PublicVisitor.Page answer = submit(visitor("198.51.100.2"), aComplaint().with("barcode", "6901028075801")
                .with("problem", "校验位测试-" + System.nanoTime()).with("productName", "").fields());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html()).contains("商品条码").contains("校验位不对：按前面各位应为 0").contains("产品名称");
        assertThat(jdbc.sql("SELECT count(*) FROM sampling.complaint WHERE problem LIKE '校验位测试-%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFilledHoneypotIsRefusedAndNothingIsStored() {
        String marker = "蜜罐测试-" + System.nanoTime();
        PublicVisitor.Page answer = submit(visitor("198.51.100.3"), aComplaint().with("problem", marker)
                .with("website", "http://spam.example").fields());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM sampling.complaint WHERE problem = ?").param(marker)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFloodFromOneAddressIsRefusedClearlyAndEveryAcceptedComplaintIsKept() {
        PublicVisitor v = visitor("198.51.100.4");
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 15; i++) {
            PublicVisitor.Page answer = submit(v, aComplaint().with("problem", "洪水测试 " + i).fields());
            if (answer.status() == 200) {
                accepted.add(receipt(answer)[0]);
            } else {
                assertThat(answer.status()).isEqualTo(429);
                assertThat(answer.headers()).containsKey("retry-after");
                assertThat(answer.html()).contains("本地址提交过于频繁").contains("已提交成功的投诉均已保存");
                refused++;
            }
        }
        assertThat(accepted).hasSize(10);
        assertThat(refused).isEqualTo(5);
        accepted.forEach(n -> assertThat(stored(n)).isEqualTo(1));
        // another address is not held back by this one's flood
        assertThat(submit(visitor("198.51.100.5"), aComplaint().fields()).status()).isEqualTo(200);
    }

    @Test
    void aPhotoIsCheckedByContentAndServedToStaffOnlyAsWhatItIs() throws Exception {
        PublicVisitor v = visitor("198.51.100.6");
        PublicVisitor.Page disguised = submit(v, aComplaint().fields(),
                new PublicVisitor.Upload("photos", "photo.jpg", "<html><script>alert(1)</script>".getBytes()));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.html()).contains("第 1 张照片不是 JPEG、PNG 或 WebP 图片");

        String[] r = receipt(submit(v, aComplaint().with("division", "320104").fields(),
                new PublicVisitor.Upload("photos", "evil.html", png())));
        Long id = jdbc.sql("SELECT id FROM sampling.complaint WHERE tracking_number = ?").param(r[0])
                .query(Long.class).single();
        Long photo = jdbc.sql("SELECT id FROM sampling.complaint_photo WHERE complaint_id = ?").param(id)
                .query(Long.class).single();

        Staff staff = new Staff(administration);
        Browser.Download served = new Browser(port).signIn(staff.inspectorOf("320104"))
                .fetch("/console/sampling/complaints/" + id + "/photos/" + photo);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.body()).isEqualTo(png());
        Browser.Download elsewhere = new Browser(port).signIn(staff.inspectorOf("320106"))
                .fetch("/console/sampling/complaints/" + id + "/photos/" + photo);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(new Browser(port).fetch("/console/sampling/complaints/" + id + "/photos/" + photo).status())
                .isNotEqualTo(200);
    }
}
