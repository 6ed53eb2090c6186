package org.qualityguard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console as a browser without JavaScript sees it: a session cookie, form sign-in and forms posted with the
 * CSRF token the page carries. For checking pages and form handling without starting Chromium.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Page(int status, String html, String location) {
    }

    public Browser signIn(Staff.Member member) {
        Page page = post("/login", Map.of("username", member.username(), "password", member.password()), get("/login"));
        if (page.status() != 302 || page.location().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + page.status() + " " + page.location());
        }
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Posts a form as the given page would, with that page's CSRF token. */
    public Page post(String path, Map<String, String> fields, Page formPage) {
        Matcher m = CSRF.matcher(formPage.html());
        String token = m.find() ? m.group(1) : "";
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(token);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public byte[] download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
