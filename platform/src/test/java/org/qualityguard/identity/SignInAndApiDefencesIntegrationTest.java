package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The doors as an attacker meets them: guessing from elsewhere, spraying usernames, posting from another site,
 * hoping for a browser's password prompt; and as a client behind the TLS proxy and an anonymous portal reader.
 * A client elsewhere is played with {@code X-Forwarded-For}, which the platform honours from the loopback proxy.
 */
@PlatformTest
class SignInAndApiDefencesIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each test plays clients on addresses of its own, so that the shared platform's limits do not mix them up. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JsonAuthenticationEntryPoint errors;

    private static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private HttpResponse<String> apiAs(String authorization, String address) {
        return Raw.send(Raw.at(port, "/api/v1/enterprises?size=1").header("Authorization", authorization)
                .header("X-Forwarded-For", address));
    }

    @Test
    void wrongPasswordsFromStrangersDoNotLockTheAdministratorOut() {
        Staff.Member admin = new Staff(administration).adminOf("320000");
        String office = freshAddress();
        assertThat(apiAs(Raw.basic(admin), office).statusCode()).isEqualTo(200);

        // Five wrong passwords are simply wrong; after them a stranger must wait before each try.
        for (int i = 0; i < 8; i++) {
            assertThat(apiAs(Raw.basic(admin.username(), "wrong-guess-" + i), freshAddress()).statusCode())
                    .isEqualTo(i < 5 ? 401 : 429);
        }

        assertThat(apiAs(Raw.basic(admin), office).statusCode()).isEqualTo(200);
        HttpResponse<String> stranger = apiAs(Raw.basic(admin), freshAddress());
        assertThat(stranger.statusCode()).isEqualTo(429);
        assertThat(stranger.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void oneAddressSprayingManyUsernamesIsCutOff() {
        String attacker = freshAddress();
        List<Integer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(apiAs(Raw.basic("sprayed.user" + i, "spring-2026-guess"), attacker).statusCode());
        }
        assertThat(answers.subList(0, 20)).containsOnly(401);
        assertThat(answers.subList(20, 30)).containsOnly(429);

        Staff.Member someone = new Staff(administration).inspectorOf("320102");
        HttpResponse<String> refused = apiAs(Raw.basic(someone), attacker);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(code(refused)).isEqualTo("E9020");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(apiAs(Raw.basic(someone), freshAddress()).statusCode()).isEqualTo(200);
    }

    @Test
    void aThrottledFormSignInIsSentBackToTheSignInPageSayingSo() {
        String attacker = freshAddress();
        for (int i = 0; i < 20; i++) {
            apiAs(Raw.basic("form.sprayed" + i, "spring-2026-guess"), attacker);
        }
        HttpResponse<String> form = signInThroughTheForm(attacker, "http", "admin", "demo-password-2026");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?throttled");
    }

    @Test
    void anAccountOverItsApiRateIsAnswered429WithRetryAfterAndItsCode() throws Exception {
        var perAccount = new RateLimiter(new SecuritySettings.Limit(3, Duration.ofMinutes(1), 100));
        var perAddress = new RateLimiter(new SecuritySettings.Limit(1_000, Duration.ofMinutes(1), 100));
        var filter = new ApiRateLimitFilter(perAddress, perAccount, errors);
        Staff.Member caller = new Staff(administration).inspectorOf("320102");
        StaffUser user = new StaffUser(caller.account().id(), caller.username(), caller.username(), "", true, 0,
                "测试机构", caller.account().organisation().division(), caller.account().roles());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            MockHttpServletResponse last = null;
            for (int i = 0; i < 4; i++) {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/enterprises");
                request.setRemoteAddr(freshAddress());
                last = new MockHttpServletResponse();
                filter.doFilter(request, last, new MockFilterChain());
            }
            assertThat(last.getStatus()).isEqualTo(429);
            assertThat(last.getHeader("Retry-After")).isNotBlank();
            assertThat(JSON.readTree(last.getContentAsString()).at("/errors/0/code").asString()).isEqualTo("E9020");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aForeignOriginCannotPostToTheApi() {
        Staff.Member inspector = new Staff(administration).inspectorOf("320102");
        HttpResponse<String> foreign = Raw.send(Raw.at(port, "/api/v1/enterprises")
                .header("Authorization", Raw.basic(inspector)).header("Origin", "https://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(code(foreign)).isEqualTo("E9021");

        HttpResponse<String> foreignReferer = Raw.send(Raw.at(port, "/api/v1/enterprises")
                .header("Authorization", Raw.basic(inspector)).header("Referer", "http://localhost:1/page")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(foreignReferer.statusCode()).isEqualTo(403);

        HttpResponse<String> own = Raw.send(Raw.at(port, "/api/v1/enterprises")
                .header("Authorization", Raw.basic(inspector)).header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(own.statusCode()).isEqualTo(400);
        HttpResponse<String> integration = Raw.send(Raw.at(port, "/api/v1/enterprises")
                .header("Authorization", Raw.basic(inspector))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(integration.statusCode()).isEqualTo(400);
    }

    @Test
    void browsersGetNoBasicChallenge() {
        HttpResponse<String> anonymous = Raw.send(Raw.at(port, "/api/v1/enterprises")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.contains("Basic"));
        HttpResponse<String> wrong = apiAs(Raw.basic("nobody.here", "wrong-password-1"), freshAddress());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.contains("Basic"));
    }

    @Test
    void anonymousPortalReadsCreateNoSession() {
        List<String> paths = List.of("/", "/portal/supervision/plans", "/portal/supervision/results", "/login");
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> page = Raw.send(Raw.at(port, paths.get(i % paths.size()))
                    .header("Accept", "text/html"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        Staff.Member inspector = new Staff(administration).inspectorOf("320102");
        HttpResponse<String> signIn = signInThroughTheForm(freshAddress(), "https", inspector.username(),
                inspector.password());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).startsWith("https://");
        assertThat(signIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly"));

        HttpResponse<String> plain = Raw.send(Raw.at(port, "/login").header("Accept", "text/html"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /**
     * Signs in through the form as a browser at the given address would, over the given scheme as the TLS proxy
     * reports it: the page first (its CSRF cookie must be Secure over HTTPS, and HSTS sent), then the form.
     */
    private HttpResponse<String> signInThroughTheForm(String address, String scheme, String username,
                                                      String password) {
        HttpResponse<String> page = Raw.send(Raw.at(port, "/login").header("X-Forwarded-Proto", scheme)
                .header("X-Forwarded-For", address).header("Accept", "text/html"));
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow();
        if (scheme.equals("https")) {
            assertThat(page.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
            assertThat(csrfCookie).contains("Secure");
        }
        Matcher token = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(token.find()).isTrue();
        return Raw.send(Raw.at(port, "/login").header("X-Forwarded-Proto", scheme)
                .header("X-Forwarded-For", address).header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                        + "&_csrf=" + enc(token.group(1)))));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String code(HttpResponse<String> response) {
        JsonNode body = JSON.readTree(response.body());
        return body.at("/errors/0/code").asString();
    }
}
