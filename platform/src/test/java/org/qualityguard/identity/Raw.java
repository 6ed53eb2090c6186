package org.qualityguard.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.qualityguard.support.Staff;

/**
 * Bare HTTP requests for the security tests: with whatever headers a browser, a proxy or an attacker would send
 * ({@code X-Forwarded-For} from the loopback address is how a test plays a client elsewhere), no cookie kept.
 */
final class Raw {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Raw() {
    }

    static HttpRequest.Builder at(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept",
                "application/json");
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String basic(Staff.Member member) {
        return basic(member.username(), member.password());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
