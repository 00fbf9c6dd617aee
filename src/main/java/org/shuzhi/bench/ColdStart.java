package org.shuzhi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.shuzhi.review.Json;

/**
 * Starts the product in a fresh JVM over an archive and measures the time to its first review answer,
 * then its heap after a full GC (read with {@code jcmd} and {@code jstat}), and whether the same request sent again
 * (warm) answers the same. Uses {@code serve} and a POST to {@code /api/review}; if {@code serve} does not come up (not built into this jar), falls back to
 * {@link FirstAnswer} (open the archive and review once) and says so.
 */
final class ColdStart {
    /** What was measured: which way, seconds to the first answer, heap used in MB (NaN if unread). */
    record Result(String how, double seconds, double heapMb, String note) {}

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private final Path jar;

    ColdStart(Path jar) {
        this.jar = jar;
    }

    Result measure(Path archive, Path reportFile) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) return new Result("-", Double.NaN, Double.NaN, "no " + jar + " (run mvn package first)");
        Result serve = serve(archive, reportFile);
        if (serve != null) return serve;
        return standIn(archive, reportFile);
    }

    private Result serve(Path archive, Path reportFile) throws IOException, InterruptedException {
        int port = freePort();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java(), "-jar", jar.toString(), "serve", "--port", String.valueOf(port),
                "--archive", archive.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String body = Json.MAPPER.writeValueAsString(Map.of("text", Files.readString(reportFile, StandardCharsets.UTF_8)));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/review"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> first = null;
            while (first == null && System.nanoTime() - t0 < LIMIT.toNanos()) {
                if (!p.isAlive()) return null; // serve is a stub or failed: use the stand-in
                try {
                    first = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(25);
                }
            }
            if (first != null && first.statusCode() == 200) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                double heap = heapMb(p.pid());
                return new Result("serve", seconds, heap, "java -jar " + jar + " serve, timed to its first answer to POST /api/review"
                        + sameAsWarm(first.body(), http.send(request, HttpResponse.BodyHandlers.ofString())));
            }
            if (first != null) return new Result("serve", Double.NaN, Double.NaN, "serve answered HTTP " + first.statusCode());
            return new Result("serve", Double.NaN, Double.NaN, "serve did not answer within " + LIMIT.toSeconds() + " s");
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    /** Whether the cold answer says what the same request answered warm says: a cold start must not cut corners. */
    private static String sameAsWarm(String cold, HttpResponse<String> warm) throws IOException {
        if (warm.statusCode() != 200) return "; the same request sent again answered HTTP " + warm.statusCode();
        return Json.MAPPER.readTree(cold).equals(Json.MAPPER.readTree(warm.body()))
                ? "; the first answer is the same as the same request's warm answer"
                : "; the first answer DIFFERS from the same request's warm answer";
    }

    private Result standIn(Path archive, Path reportFile) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java(), "-cp", jar.toString(), FirstAnswer.class.getName(),
                archive.toString(), reportFile.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (line == null || !line.startsWith("ready")) return new Result("stand-in", Double.NaN, Double.NaN, "the stand-in did not finish its review");
            double heap = heapMb(p.pid());
            p.getOutputStream().close();
            return new Result("stand-in", seconds, heap, "serve is not in this build (branch web not merged yet): stand-in = a fresh JVM that opens the archive and reviews one report (org.shuzhi.bench.FirstAnswer)");
        } finally {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    /** Heap in use after a full GC, in MB: the live data the product holds at this archive size. */
    static double heapMb(long pid) {
        try {
            run("jcmd", String.valueOf(pid), "GC.run");
            List<String> lines = run("jstat", "-gc", String.valueOf(pid));
            if (lines.size() < 2) return Double.NaN;
            String[] head = lines.get(0).trim().split("\\s+"), vals = lines.get(1).trim().split("\\s+");
            Map<String, Double> m = new HashMap<>();
            for (int i = 0; i < Math.min(head.length, vals.length); i++) {
                try {
                    m.put(head[i], Double.parseDouble(vals[i]));
                } catch (NumberFormatException ignored) {
                    // a column without a number (e.g. "-") is not a heap figure
                }
            }
            double kb = 0;
            for (String c : List.of("S0U", "S1U", "EU", "OU")) kb += m.getOrDefault(c, 0.0);
            return kb / 1024;
        } catch (IOException | InterruptedException e) {
            return Double.NaN;
        }
    }

    private static List<String> run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) lines.add(l);
        }
        p.waitFor(30, TimeUnit.SECONDS);
        return lines;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
