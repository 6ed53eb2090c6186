package org.qualityguard.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (/usr/bin/chromium with /usr/bin/chromedriver) for the browser tests, with its own profile in
 * a temporary directory that {@link #stop()} removes. One per test class: start it in {@code @BeforeAll}.
 */
public final class Chromium {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path workDir;
    private final ChromeDriverService service;
    private final WebDriver driver;

    private Chromium(Path workDir, ChromeDriverService service, WebDriver driver) {
        this.workDir = workDir;
        this.service = service;
        this.driver = driver;
    }

    /** {@code prefs} are Chromium's preferences, e.g. the languages the browser asks for. */
    public static Chromium start(Map<String, Object> prefs) throws IOException {
        Path workDir = Files.createTempDirectory("qg-browser-test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectory(workDir.resolve("profile")).toAbsolutePath());
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.WARNING);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new Chromium(workDir, service, new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    public Path workDir() {
        return workDir;
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Signs in through the login form and waits for the console's home page. */
    public void signIn(String base, Staff.Member member) {
        driver.get(base + "/login");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        driver.findElement(By.id("username")).sendKeys(member.username());
        driver.findElement(By.id("password")).sendKeys(member.password());
        driver.findElement(By.id("login-form")).submit();
        waitFor(ExpectedConditions.urlToBe(base + "/console"));
    }

    public void stop() {
        try {
            driver.quit();
        } finally {
            if (service.isRunning()) {
                service.stop();
            }
            deleteQuietly(workDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp directory is not a test failure
        }
    }
}
