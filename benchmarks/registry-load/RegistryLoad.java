import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the registry against a running platform, from outside, over real HTTP:
 * 1. imports N synthetic enterprises from one CSV through POST /api/v1/enterprises/import and times it;
 * 2. requests filtered list pages (the console's HTML page, signed in through the form, and the JSON API)
 *    with varied filters and prints p50/p95/p99 latency.
 *
 * Run (platform started with the README's run command):
 *   java benchmarks/registry-load/RegistryLoad.java http://localhost:8080 admin demo-password-2026 100000 2000
 */
public class RegistryLoad {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final String[] COUNTIES = {"320102", "320104", "320105", "320106", "320111", "320113", "320205",
        "320206", "320211", "320302", "320303", "320411", "320412", "320505", "320506", "320507", "320508",
        "320612", "320703", "320812", "320902", "321002", "321102", "321202", "321302"};
    static final String[] NAME_WORDS = {"食品", "乳业", "饮料", "电梯", "锅炉", "机械", "粮油", "调味", "肉类", "茶叶"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int rows = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

        byte[] csv = csv(rows, new Random(7));
        System.out.printf("CSV: %d rows, %.1f MB%n", rows, csv.length / 1e6);
        String boundary = "b" + UUID.randomUUID();
        byte[] body = multipart(boundary, "load.csv", csv);
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/enterprises/import"))
                    .header("Authorization", basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            String summary = r.body().length() > 300 ? r.body().substring(0, 300) : r.body();
            System.out.printf("import round %d: HTTP %d in %.2f s  %s%n", round, r.statusCode(), seconds, summary);
        }

        // Sign in through the form as a browser does: the login page carries the CSRF token.
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(loginPage);
        String csrf = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.discarding());

        List<String> filters = filters(new Random(11));
        measure("console page /console/enterprises", http, base + "/console/enterprises?", filters, requests, null);
        measure("JSON API /api/v1/enterprises", http, base + "/api/v1/enterprises?", filters, requests, basic);
    }

    static void measure(String label, HttpClient http, String prefix, List<String> filters, int requests,
                        String authorization) throws Exception {
        for (int i = 0; i < 100; i++) {
            send(http, prefix + filters.get(i % filters.size()), authorization);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            int status = send(http, prefix + filters.get(i % filters.size()), authorization);
            millis.add((System.nanoTime() - start) / 1e6);
            if (status != 200) {
                throw new IllegalStateException(label + " answered " + status + " for " + filters.get(i % filters.size()));
            }
        }
        Collections.sort(millis);
        System.out.printf("%s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", label, requests,
                pct(millis, 50), pct(millis, 95), pct(millis, 99), millis.get(millis.size() - 1));
    }

    static int send(HttpClient http, String url, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** A mix of what staff type: a county, a category, a name fragment, a code prefix, combinations, deep pages. */
    static List<String> filters(Random random) {
        String[] categories = {"FOOD_PRODUCER", "SPECIAL_EQUIPMENT_USER", "IMPORTER_EXPORTER"};
        List<String> filters = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<String> parts = new ArrayList<>();
            if (random.nextBoolean()) {
                parts.add("division=" + COUNTIES[random.nextInt(COUNTIES.length)]);
            }
            if (random.nextInt(3) == 0) {
                parts.add("category=" + categories[random.nextInt(categories.length)]);
            }
            if (random.nextInt(3) == 0) {
                parts.add("name=" + URLEncoder.encode(NAME_WORDS[random.nextInt(NAME_WORDS.length)], StandardCharsets.UTF_8));
            }
            if (random.nextInt(8) == 0) {
                parts.add("code=9132" + (random.nextInt(9) + 1));
                parts.add("creditCode=9132" + (random.nextInt(9) + 1));
            }
            parts.add("page=" + (random.nextInt(10) == 0 ? random.nextInt(50) : 0));
            filters.add(String.join("&", parts));
        }
        return filters;
    }

    static byte[] csv(int rows, Random random) {
        StringBuilder out = new StringBuilder("creditCode,name,categories,foodCategory,divisionCode,address,legalRepresentative\n");
        for (int i = 0; i < rows; i++) {
            String county = COUNTIES[random.nextInt(COUNTIES.length)];
            String first17 = "91" + county + (50_000_000 + i) + "0";
            String code = first17 + check(first17);
            boolean food = random.nextInt(10) < 6;
            out.append(code).append(",负载测试").append(NAME_WORDS[random.nextInt(NAME_WORDS.length)]).append("有限公司").append(i)
                    .append(',').append(food ? "FOOD_PRODUCER" : "SPECIAL_EQUIPMENT_USER")
                    .append(',').append(food ? "05" : "")
                    .append(',').append(county).append(",测试路").append(i).append("号,李四\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static byte[] multipart(String boundary, String filename, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }
}
