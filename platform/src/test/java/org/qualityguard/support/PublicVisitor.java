package org.qualityguard.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of the public at one address: no account, the CSRF token from the cookie and the form, and the address
 * sent as a proxy in front of the platform would ({@code X-Forwarded-For} from loopback, which the platform trusts),
 * so that each test has an address of its own for the per-address limits.
 */
public final class PublicVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final String address;

    public PublicVisitor(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
    }

    public record Page(int status, String html, Map<String, List<String>> headers) {
    }

    /** A photo or other file sent with a form. */
    public record Upload(String field, String filename, byte[] content) {
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("Accept", "text/html").GET().build());
    }

    /** Posts the form of {@code formPath} as multipart, with that page's CSRF token. */
    public Page post(String formPath, String action, Map<String, String> fields, List<Upload> uploads) {
        Matcher m = CSRF.matcher(get(formPath).html());
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", m.find() ? m.group(1) : "");
        String boundary = "qg" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Upload u : uploads) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + u.field()
                    + "\"; filename=\"" + u.filename() + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(u.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("X-Forwarded-For", address)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
