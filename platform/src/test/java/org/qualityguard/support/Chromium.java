package org.qualityguard.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian Chromium, headless, with a fresh profile in a temporary folder and everything that dials out switched
 * off (this machine has no internet): {@code Chromium.start(Map.of())} in a {@code @BeforeAll}, {@code close()} in
 * the {@code @AfterAll}.
 */
public final class Chromium implements AutoCloseable {

    private final Path workDir;
    private final ChromeDriverService service;
    private final WebDriver driver;

    private Chromium(Path workDir, ChromeDriverService service, WebDriver driver) {
        this.workDir = workDir;
        this.service = service;
        this.driver = driver;
    }

    /** @param prefs Chromium preferences, e.g. {@code intl.accept_languages} */
    public static Chromium start(Map<String, Object> prefs) throws IOException {
        Path workDir = Files.createTempDirectory("qg-browser-test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectory(workDir.resolve("profile")).toAbsolutePath());
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new Chromium(workDir, service, new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    /** A folder for files the test hands to the browser (uploads). */
    public Path workDir() {
        return workDir;
    }

    @Override
    public void close() {
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
