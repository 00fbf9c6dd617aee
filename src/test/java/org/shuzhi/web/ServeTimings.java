package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.shuzhi.review.Json;

/**
 * Times {@code serve} as a user meets it, for README's figures (not a test: speeds are measured, not
 * asserted). Starts {@code java -jar JAR serve} twice on ARCHIVE (first deleted: the first start seeds it),
 * and reports the time to the first HTTP answer, to the end of seeding and warm-up, the first review, warm
 * reviews of the given .txt reports and searches. Run like {@link Screenshots}:
 * {@code java -cp … org.shuzhi.web.ServeTimings JAR ARCHIVE PORT REPORT_DIR...}.
 */
public final class ServeTimings {
    private static final List<String> QUERIES = List.of("理论学习", "三会一课 流于形式", "青年教师 入党", "两张皮",
            "党员教育管理", "主题党日", "组织生活会", "作风建设");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]), archive = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        List<String> reports = new ArrayList<>();
        for (String dir : Arrays.copyOfRange(args, 3, args.length)) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    reports.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        deleteTree(archive);
        String base = "http://127.0.0.1:" + port;
        System.out.printf("reports: %d, %d–%d characters%n", reports.size(),
                reports.stream().mapToInt(String::length).min().orElse(0), reports.stream().mapToInt(String::length).max().orElse(0));

        Process serve = start(jar, archive, port);
        try {
            long t0 = System.nanoTime();
            waitForAnswer(base);
            System.out.printf("first start (empty archive): first HTTP answer %.2f s%n", secs(t0));
            while (status(base).get("seeding").asBoolean()) Thread.sleep(100);
            System.out.printf("first start: demo corpus seeded at %.1f s (%d reports)%n", secs(t0), status(base).get("reports").asInt());
            while (!status(base).get("warm").asBoolean()) Thread.sleep(100);
            System.out.printf("first start: warm-up review done at %.1f s%n", secs(t0));
            System.out.printf("first start: first review after warm-up %.0f ms%n", review(base, reports.get(0)) * 1000);
        } finally {
            stop(serve);
        }

        serve = start(jar, archive, port);
        try {
            long t0 = System.nanoTime();
            waitForAnswer(base);
            System.out.printf("second start: first HTTP answer %.2f s%n", secs(t0));
            System.out.printf("second start: a review sent at once answers in %.2f s (waits for the reviewer to load)%n",
                    review(base, reports.get(0)));
            while (!status(base).get("warm").asBoolean()) Thread.sleep(100);
            double[] reviews = new double[30];
            for (int i = 0; i < reviews.length; i++) reviews[i] = review(base, reports.get(i % reports.size()));
            System.out.printf("warm POST /api/review: median %.0f ms, p90 %.0f ms (n=%d)%n",
                    quantile(reviews, 0.5) * 1000, quantile(reviews, 0.9) * 1000, reviews.length);
            double[] searches = new double[40];
            for (int i = 0; i < searches.length; i++) {
                long s = System.nanoTime();
                get(base + "/api/search?q=" + URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8));
                searches[i] = secs(s);
            }
            System.out.printf("GET /api/search: median %.1f ms, p90 %.1f ms (n=%d)%n",
                    quantile(searches, 0.5) * 1000, quantile(searches, 0.9) * 1000, searches.length);
        } finally {
            stop(serve);
        }
    }

    private static Process start(Path jar, Path archive, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--demo", "--port", String.valueOf(port),
                "--archive", archive.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
    }

    private static void waitForAnswer(String base) throws InterruptedException {
        while (true) {
            try {
                get(base + "/api/status");
                return;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
    }

    private static JsonNode status(String base) throws IOException, InterruptedException {
        return Json.MAPPER.readTree(get(base + "/api/status"));
    }

    private static String get(String url) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** One review of a pasted report; its time in seconds. */
    private static double review(String base, String text) throws IOException, InterruptedException {
        String body = Json.MAPPER.createObjectNode().put("text", text).toString();
        long t = System.nanoTime();
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/review"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("review answered " + r.statusCode() + ": " + r.body());
        return secs(t);
    }

    private static double quantile(double[] xs, double q) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(q * s.length) - 1)];
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
