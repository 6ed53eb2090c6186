package org.qualityguard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Browser;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.Staff;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The resource bar of issue 14, measured: the oversized enterprise imports and the dashboard call of the probe, each
 * timed with the response's size and the process's memory (peak RSS from /proc/self/status, heap used after a GC).
 * The platform runs in this JVM on an embedded database under target/limits-harness-pg. Not a test: run it by hand —
 * {@code mvn -B -q -pl platform -am test-compile}, {@code mvn -q -pl platform dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}, then {@code java -Xmx4g -cp
 * "platform/target/classes:platform/target/test-classes:$(cat platform/target/cp.txt)"
 * org.qualityguard.ResourceLimitsHarness}.
 */
public final class ResourceLimitsHarness {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ResourceLimitsHarness() {
    }

    public static void main(String[] args) throws Exception {
        // the files first, on disk, so that making them costs the measured calls nothing
        Path csv60 = csvOfBadRows(60L * 1024 * 1024, Integer.MAX_VALUE);
        Path csvOver = csvOfBadRows(Long.MAX_VALUE, 100_001);
        Path csvBad = csvOfBadRows(Long.MAX_VALUE, 100_000);
        Path xlsx = compressedXlsx(2_850_000);
        ConfigurableApplicationContext context = SpringApplication.run(QualityGuardApplication.class,
                "--server.port=0", "--qualityguard.demo.enabled=false", "--logging.level.root=WARN",
                "--qualityguard.embedded-database.directory=target/limits-harness-pg");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Staff staff = new Staff(context.getBean(StaffAdministration.class));
            Staff.Member clerk = staff.inspectorOf("320102");
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (clerk.username() + ":" + clerk.password()).getBytes(StandardCharsets.UTF_8));
            upload(port, basic, "csv of bad rows, " + mb(csv60), "big.csv", csv60);
            upload(port, basic, "csv of 100,001 rows, " + mb(csvOver), "over.csv", csvOver);
            upload(port, basic, "csv of 100,000 bad rows (within the limits), " + mb(csvBad), "bad.csv", csvBad);
            upload(port, basic, "xlsx " + mb(xlsx) + " unpacking " + String.format("%.0f", ratio(xlsx)) + "x",
                    "bomb.xlsx", xlsx);

            Browser analyst = new Browser(port).signIn(staff.withRoles("320000", Role.ANALYST));
            Measure m = Measure.start();
            Browser.Page page = analyst.get("/console/inspection/dashboard/data?from=0001-01-01&to=9999-12-31");
            m.report("dashboard 0001-01-01..9999-12-31 -> " + page.status(),
                    page.html().getBytes(StandardCharsets.UTF_8).length);
        } finally {
            context.close();
            for (Path p : List.of(csv60, csvOver, csvBad, xlsx)) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Rows of one enterprise each, every credit code wrong, up to {@code bytes} or {@code rows}, in a file. */
    private static Path csvOfBadRows(long bytes, int rows) throws IOException {
        Path file = Files.createTempFile("qg-harness", ".csv");
        long written = 0;
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            byte[] header = (String.join(",", EnterpriseSheetBuilder.HEADER) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            out.write(header);
            written += header.length;
            for (int i = 0; i < rows && written < bytes; i++) {
                byte[] row = ("91320102BAD" + String.format("%07d", i) + ",坏行食品有限公司" + i
                        + ",食品生产企业,乳制品,320102,测试路" + i + "号,张三\r\n").getBytes(StandardCharsets.UTF_8);
                out.write(row);
                written += row.length;
            }
        }
        return file;
    }

    /** Time, CPU, peak heap and peak resident memory of the process over one call. */
    private record Measure(long nanos, long cpu) {

        static Measure start() throws IOException {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM to the current RSS
            return new Measure(System.nanoTime(), processCpu());
        }

        void report(String what, long responseBytes) throws IOException {
            long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%s%n    %.2f s wall, %.2f s CPU (process), response %,d bytes; peak heap %d MB, "
                            + "peak RSS %s%n", what, (System.nanoTime() - nanos) / 1e9, (processCpu() - cpu) / 1e9,
                    responseBytes, heapPeak >> 20, peakRss());
        }
    }

    /** A sheet of the same row again and again, written until the file is {@code bytes} long. */
    private static Path compressedXlsx(int bytes) throws IOException {
        int rows = 200_000;
        while (true) {
            // shared strings, as Excel writes them: every cell a short index into one table, which packs tightly
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 1_000, true, true);
                 ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                var sheet = workbook.createSheet("企业");
                var header = sheet.createRow(0);
                for (int c = 0; c < EnterpriseSheetBuilder.HEADER.size(); c++) {
                    header.createCell(c).setCellValue(EnterpriseSheetBuilder.HEADER.get(c));
                }
                for (int r = 1; r <= rows; r++) {
                    var row = sheet.createRow(r);
                    String[] cells = {"91320102BAD0000000", "坏行食品有限公司", "食品生产企业", "乳制品", "320102",
                        "测试路1号", "张三"};
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
                workbook.write(out);
                if (out.size() >= bytes) {
                    Path file = Files.createTempFile("qg-harness", ".xlsx");
                    Files.write(file, out.toByteArray());
                    return file;
                }
                rows = (int) (rows * 1.1 * bytes / out.size());
            }
        }
    }

    private static double ratio(Path zip) throws IOException {
        long unpacked = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(file.entries())) {
                unpacked += e.getSize();
            }
        }
        return (double) unpacked / Files.size(zip);
    }

    private static void upload(int port, String authorization, String what, String filename, Path content)
            throws Exception {
        String boundary = "qg" + UUID.randomUUID();
        Path body = Files.createTempFile("qg-upload", ".bin");
        try {
            Files.write(body, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            try (var out = Files.newOutputStream(body, java.nio.file.StandardOpenOption.APPEND)) {
                Files.copy(content, out);
                out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/enterprises/import"))
                    .header("Authorization", authorization).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofFile(body)).build();
            Measure m = Measure.start();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            m.report(what + " -> " + response.statusCode() + " " + text.substring(0, Math.min(200, text.length())),
                    response.body().length);
        } finally {
            Files.deleteIfExists(body);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("?");
    }

    private static String mb(Path file) throws IOException {
        return String.format("%.2f MB", Files.size(file) / 1048576.0);
    }
}
