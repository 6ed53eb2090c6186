package org.qualityguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qualityguard.support.Chromium;
import org.qualityguard.support.Staff;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page a member of staff can reach, walked in Chromium as each demo user would, Chinese first, on a desktop
 * (1440 px) and a phone (390 px), over the demo province that a first start leaves. The walk follows the links each
 * page shows, so a page a later module adds is walked too. A page fails on what a Chinese official would stop at:
 * a missing message key (??…??), an English word in the Chinese interface, a year or code printed with a thousands
 * separator, anything wider than the screen, or Spring's Whitelabel page. Screenshots land under
 * {@code target/page-tour/} for a reviewer. The days' draws come from a fixed seed, so that the walk sees the same
 * demo province when run again on the same day (and shares it with {@code DemoWarningsIntegrationTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"qualityguard.demo.enabled=true", "qualityguard.inspection.fixed-seed=2026"})
@ActiveProfiles("test")
class PageTourBrowserTest {

    static final String DEMO_PASSWORD = "demo-password-2026";
    static final int MAX_PAGES = 45;
    static final int[] WIDTHS = {1440, 390};
    static final Path SHOTS = Path.of("target", "page-tour");

    /**
     * Words a Chinese interface uses as they are: the language switch's "English", standards and methods an official
     * names so (HS, CIQ, GB, ISO, CUSUM), file formats and sizes (Excel, PDF, CSV, JSON, JPEG, PNG, WebP, UTF,
     * GB18030, MB), the API and the product's name, the grades A–D, and the Roman numerals of risk levels (IV 级).
     */
    static final Set<String> ALLOWED_WORDS = Set.of("English", "HS", "CIQ", "GB", "ISO", "CUSUM", "API", "Excel",
            "PDF", "CSV", "JSON", "OpenAPI", "QualityGuard", "JPEG", "PNG", "WebP", "xlsx", "csv", "UTF", "MB",
            "GB18030", "A", "B", "C", "D", "II", "III", "IV");
    static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z][A-Za-z_]+");
    static final Pattern GROUPED_YEAR = Pattern.compile("\\d,\\d{3}\\s*年");
    /** Links the walk does not follow: leaving, downloads, and pages that change something on GET. */
    static final Pattern NOT_A_PAGE = Pattern.compile(
            "/logout|/photos/|format=xlsx|/export|\\.xlsx|\\.csv|/assets/|/webjars/|/swagger|/v3/api-docs|lang=");

    private static Chromium chromium;
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = Chromium.start(Map.of("intl.accept_languages", "zh-CN,zh"));
        driver = chromium.driver();
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.stop();
        }
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("public", null, "/"),
                Arguments.of("sign-in", null, "/login"),
                Arguments.of("admin", "admin", "/console"),
                Arguments.of("county-inspector", "xuanwu.inspector", "/console"),
                Arguments.of("city-analyst", "suzhou.analyst", "/console"),
                Arguments.of("province-analyst", "province.analyst", "/console"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void everyPageReadsAsAChineseOfficialExpects(String reader, String username, String start) throws IOException {
        String base = "http://localhost:" + port;
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1440, 1000));
        if (username != null) {
            chromium.signIn(base, new Staff.Member(username, DEMO_PASSWORD, null));
        }
        Map<String, List<String>> faults = new LinkedHashMap<>();
        List<String> visited = walk(base, start, username != null, reader, faults);

        List<String> report = new ArrayList<>();
        faults.forEach((page, found) -> found.forEach(f -> report.add(page + ": " + f)));
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(reader + "-faults.txt"), report);
        assertThat(visited).as("pages walked for " + reader).hasSizeGreaterThan(start.startsWith("/login") ? 0
                : username == null ? 2 : 5);
        assertThat(report).as("what fails for " + reader + " on " + faults.size() + " page views (all in "
                + SHOTS.resolve(reader + "-faults.txt").toAbsolutePath() + ")").isEmpty();
    }

    private List<String> walk(String base, String start, boolean staff, String reader,
                              Map<String, List<String>> faults) throws IOException {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        if (staff) {
            // the header's search box is a form, not a link: its results page is walked with a word of every demo name
            queue.addLast("/console/search?q=" + URLEncoder.encode("演示", StandardCharsets.UTF_8));
        }
        Set<String> seenShapes = new LinkedHashSet<>();
        List<String> visited = new ArrayList<>();
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            String path = queue.removeFirst();
            if (!seenShapes.add(shape(path))) {
                continue;
            }
            visited.add(path);
            for (int width : WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 1000));
                driver.get(base + path);
                chromium.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
                List<String> found = check(width);
                screenshot(reader, width, path);
                if (!found.isEmpty()) {
                    faults.put(path + " @" + width, found);
                }
            }
            // the sign-in page is walked on its own (its links lead to the portal, walked as the public)
            for (String link : path.startsWith("/login") ? List.<String>of() : links(base, staff)) {
                if (!seenShapes.contains(shape(link))) {
                    queue.addLast(link);
                }
            }
        }
        return visited;
    }

    /** What a page shows that it must not, folded parts (details) opened. */
    private List<String> check(int width) {
        List<String> found = new ArrayList<>();
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        String source = driver.getPageSource();
        // data shown as stored (user names) is marked translate="no", as for a translator: not interface text
        String text = (String) ((JavascriptExecutor) driver).executeScript("""
                const data = [...document.querySelectorAll('[translate=no]')];
                data.forEach(e => e.style.setProperty('display', 'none', 'important'));
                const text = document.body.innerText;
                data.forEach(e => e.style.removeProperty('display'));
                return text;""");
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                found.add("browser console: " + entry.getMessage());
            }
        }
        if (source.contains("Whitelabel Error Page")) {
            found.add("Spring's Whitelabel error page");
        }
        Matcher missing = Pattern.compile("\\?\\?[^?\\s]+\\?\\?").matcher(source);
        if (missing.find()) {
            found.add("missing message " + missing.group());
        }
        Matcher year = GROUPED_YEAR.matcher(text);
        if (year.find()) {
            found.add("grouped year '" + year.group() + "'");
        }
        Set<String> english = englishWords(text);
        if (!english.isEmpty()) {
            found.add("English in the Chinese interface: " + english);
        }
        found.addAll(overflow(width));
        found.addAll(rejectedPatterns());
        return found;
    }

    /** Words of Latin letters that are not part of a code, id, name or address and not on the allowed list. */
    static Set<String> englishWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String token : text.split("[\\s，。：；、（）()\\[\\]“”\"'|·×]+")) {
            // ids, codes, user names, addresses and numbers with units hold digits or joiners: they are data
            if (token.isEmpty() || token.matches(".*[0-9@./:#%+=-].*")) {
                continue;
            }
            Matcher m = ENGLISH_WORD.matcher(token);
            while (m.find()) {
                if (!ALLOWED_WORDS.contains(m.group())) {
                    words.add(m.group());
                }
            }
        }
        return words;
    }

    /** The page wider than the screen, or an element wider than the box it stands in without a scroll bar. */
    @SuppressWarnings("unchecked")
    private List<String> overflow(int width) {
        Object result = ((JavascriptExecutor) driver).executeScript("""
                const faults = [];
                const doc = document.documentElement;
                if (doc.scrollWidth > window.innerWidth + 1) {
                  faults.push('page is ' + doc.scrollWidth + ' px wide on a ' + window.innerWidth + ' px screen');
                }
                const scrolls = el => {
                  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                    const o = getComputedStyle(a).overflowX;
                    if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
                  }
                  return false;
                };
                for (const el of document.querySelectorAll('main table, main pre, main img, main dl, main form, main canvas')) {
                  const p = el.parentElement;
                  if (!p || scrolls(el)) continue;
                  const r = el.getBoundingClientRect(), pr = p.getBoundingClientRect();
                  if (r.width > 0 && r.right > pr.right + 2) {
                    faults.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' overflows its box by '
                        + Math.round(r.right - pr.right) + ' px');
                  }
                }
                for (const cell of document.querySelectorAll('main th, main td')) {
                  const t = cell.innerText.trim();
                  if (t.length < 2 || t.length > 8 || !/^[\\u4e00-\\u9fff]+$/.test(t)) continue;
                  const cs = getComputedStyle(cell);
                  const font = parseFloat(cs.fontSize);
                  if (cell.clientHeight > 2.6 * font && cell.clientWidth < 2.2 * font) {
                    faults.push('"' + t + '" wraps one character a line');
                  }
                }
                // a short label (a header, a badge, a tab, a button) is one word: it never breaks across lines
                for (const el of document.querySelectorAll('th, .badge, button, nav a, label > span')) {
                  const t = el.innerText.trim();
                  if (t.length < 2 || t.length > 6 || !/^[\u4e00-\u9fff]+$/.test(t)) continue;
                  const range = document.createRange();
                  range.selectNodeContents(el);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (lines.size > 1) {
                    faults.push('"' + t + '" breaks across ' + lines.size + ' lines');
                  }
                }
                return faults.slice(0, 5);
                """);
        return (List<String>) result;
    }

    /**
     * Input patterns Chromium refuses: it compiles them with the 'v' flag, where a bare '-' or '/' in a class is a
     * syntax error, and then silently checks nothing.
     */
    @SuppressWarnings("unchecked")
    private List<String> rejectedPatterns() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const faults = [];
                for (const el of document.querySelectorAll('input[pattern]')) {
                  try { new RegExp(el.getAttribute('pattern'), 'v'); }
                  catch (e) { faults.push('pattern of ' + (el.name || el.id) + ' is rejected: ' + el.getAttribute('pattern')); }
                }
                return faults;
                """);
    }

    /** Same-site page links of the current page that the walk may follow. */
    private List<String> links(String base, boolean staff) {
        List<String> links = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
            String href = a.getAttribute("href");
            if (href == null || !href.startsWith(base)) {
                continue;
            }
            String path = href.substring(base.length()).replaceFirst("#.*$", "");
            if (path.isEmpty() || NOT_A_PAGE.matcher(path).find() || path.startsWith("/login")) {
                continue;
            }
            if (staff ? path.startsWith("/console") : !path.startsWith("/console")) {
                links.add(path);
            }
        }
        return links;
    }

    /** Pages that differ only in an id, code or query are one page to check: the enterprise page, the lot page. */
    static String shape(String path) {
        String noQuery = path.replaceFirst("\\?.*$", "");
        StringBuilder shape = new StringBuilder();
        for (String segment : noQuery.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            shape.append('/').append(segment.matches(".*\\d.*") || segment.length() > 24 ? "*" : segment);
        }
        return shape.length() == 0 ? "/" : shape.toString();
    }

    /** The whole page, not only what the window shows: the window is stretched to the page's height first. */
    private void screenshot(String reader, int width, String path) throws IOException {
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 6000)));
        Path dir = SHOTS.resolve(reader).resolve(Integer.toString(width));
        Files.createDirectories(dir);
        String name = shape(path).replace('/', '_').replace('*', 'x');
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve((name.equals("_") ? "home" : name) + ".png"), png);
    }
}
