package org.qualityguard.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.qualityguard.support.Chromium;
import org.qualityguard.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A member of the public on a phone-sized screen (390 px wide), in a real headless Chromium: opens the portal's
 * complaints section, fills the form in Chinese with a photo, gets a tracking number and a code, and follows the
 * complaint with them. Nothing on the way is wider than the screen.
 */
@PlatformTest
class ComplaintOnAPhoneBrowserTest {

    private static Chromium chromium;
    private static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = Chromium.start(Map.of("intl.accept_languages", "zh-CN,zh"));
        driver = chromium.driver();
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.stop();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void fitsTheScreen() {
        Object wider = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        assertThat(wider).as("page wider than the screen: " + driver.getCurrentUrl()).isEqualTo(false);
    }

    @Test
    void aMemberOfThePublicSubmitsAComplaintWithAPhotoAndFollowsIt() throws IOException {
        Path photo = chromium.workDir().resolve("milk.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

        driver.get(url("/portal/section/complaints"));
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("complaint-form")));
        assertThat(driver.getTitle()).contains("产品质量投诉与意见");
        fitsTheScreen();

        driver.findElement(By.id("productName")).sendKeys("纯牛奶");
        driver.findElement(By.id("brand")).sendKeys("手机测试牧场");
        driver.findElement(By.id("barcode")).sendKeys("6901028075800");
        driver.findElement(By.id("shop")).sendKeys("玄武区测试超市");
        new Select(driver.findElement(By.id("division"))).selectByValue("320102");
        driver.findElement(By.id("problem")).sendKeys("喝起来有酸味，包装鼓包。");
        driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("anonymous")).click();
        driver.findElement(By.id("submit-complaint")).click();

        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
        String number = driver.findElement(By.id("tracking-number")).getText();
        String code = driver.findElement(By.id("secret-code")).getText();
        assertThat(number).startsWith("TS");
        assertThat(code).hasSize(10);
        fitsTheScreen();
        assertThat(jdbc.sql("SELECT count(*) FROM sampling.complaint_photo p JOIN sampling.complaint c "
                + "ON c.id = p.complaint_id WHERE c.tracking_number = ? AND p.content_type = 'image/png'")
                .param(number).query(Long.class).single()).isEqualTo(1);

        driver.findElement(By.id("track-link")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("track-form")));
        driver.findElement(By.id("trackingNumber")).sendKeys(number);
        driver.findElement(By.id("secretCode")).sendKeys(code);
        driver.findElement(By.id("track-submit")).click();
        chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("complaint-status")));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("已受理，等待分类");
        assertThat(driver.findElement(By.id("photo-count")).getText()).isEqualTo("1");
        fitsTheScreen();
    }
}
