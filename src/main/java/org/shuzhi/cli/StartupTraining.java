package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Json;

/**
 * The training run of the class-data archive the build makes ({@code pom.xml}: this class runs under
 * {@code -XX:ArchiveClassesAtExit=target/shuzhi.jsa} right after the jar is made, and the {@code shuzhi}
 * launcher starts the JVM with that archive). It does what a first start does: {@code serve --demo} on a
 * new demo archive in {@code DIR} (seeding it, so the index's readers and writers load), then the requests
 * a first user makes (the pages, the status, a review, a search, the units, the overview), and exits;
 * the JVM then writes every class it loaded into the archive, already parsed and verified, so that the
 * next start maps them instead of loading them again. Usage: {@code StartupTraining DIR} (emptied first).
 */
public final class StartupTraining {
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private StartupTraining() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        delete(dir);
        int port = freePort();
        Thread serve = new Thread(() -> Main.commandLine().setOut(new PrintWriter(Writer.nullWriter()))
                .execute("serve", "--demo", "--port", String.valueOf(port), "--archive", dir.resolve("archive").toString()),
                "training-serve");
        serve.setDaemon(true);
        serve.start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long t0 = System.nanoTime();
        while (!settled(http, base)) {
            if (!serve.isAlive() || System.nanoTime() - t0 > LIMIT.toNanos()) {
                System.err.println("startup training: serve did not settle; no class-data archive worth keeping");
                System.exit(1);
            }
            Thread.sleep(200);
        }
        for (String page : List.of("/", "/selfcheck.html", "/review.html", "/archive.html", "/overview.html", "/js/common.js",
                "/css/app.css", "/nothing-here")) {
            get(http, base + page);
        }
        for (String api : List.of("/api/session", "/api/profiles", "/api/rules", "/api/units", "/api/overview",
                "/api/search?q=" + URLEncoder.encode("理论学习", StandardCharsets.UTF_8))) {
            get(http, base + api);
        }
        Corpus corpus = Corpus.bundled();
        String text = corpus.text(corpus.entries().get(1).id());
        HttpResponse<String> review = http.send(HttpRequest.newBuilder(URI.create(base + "/api/review"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(Map.of("text", text)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (review.statusCode() != 200) {
            System.err.println("startup training: the review answered HTTP " + review.statusCode());
            System.exit(1);
        }
        System.exit(0); // serve's shutdown hook closes the server and the archive; the JVM then writes the archive
    }

    /** Whether serve is up, the demo corpus in and the warm-up review done. */
    private static boolean settled(HttpClient http, String base) throws InterruptedException {
        try {
            var status = Json.MAPPER.readTree(get(http, base + "/api/status"));
            return status.path("ready").asBoolean() && !status.path("seeding").asBoolean(true) && status.path("warm").asBoolean();
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
