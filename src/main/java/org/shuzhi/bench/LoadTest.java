package org.shuzhi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.review.Json;

/**
 * Many clients posting self-check reviews to a real {@code serve} for a while, as in the reporting season:
 * starts the jar with the heap the README gives, waits until it is seeded and warm, then has each client
 * post a report of about 2,000 characters, wait for the answer and post again (after Retry-After when
 * refused as busy). Measures the accepted reviews' latency, the refusals, every other error, and the server
 * process's resident memory (sampled from /proc).
 */
public final class LoadTest {
    public record Settings(Path jar, Path archive, int port, int clients, int seconds, String heap) {}

    public record Result(Settings settings, int accepted, int busy, int errors, List<String> errorSamples, double seconds,
            double p50, double p90, double p99, double max, double busyP99, long maxRssMb, String machine) {
        public String markdown() {
            return String.format(java.util.Locale.ROOT, """
                    | %d clients, %d s, `java -Xmx%s -jar shuzhi.jar serve` | |
                    | --- | --- |
                    | reviews accepted (HTTP 200) | %,d (%.1f /s) |
                    | accepted latency median / p90 / p99 / max | %.0f / %.0f / %.0f / %.0f ms |
                    | refused busy (HTTP 503, Retry-After) | %,d, answered in ≤ %.0f ms (p99) |
                    | other errors | %d%s |
                    | server resident memory, max | %,d MB |
                    | machine | %s |
                    """, settings.clients(), settings.seconds(), settings.heap(), accepted, accepted / seconds, p50, p90, p99, max,
                    busy, busyP99, errors, errorSamples.isEmpty() ? "" : " (" + String.join("; ", errorSamples) + ")", maxRssMb, machine);
        }
    }

    private LoadTest() {}

    public static Result run(Settings s, Corpus corpus) throws IOException, InterruptedException {
        List<String> texts = reportsOfAbout(corpus, 2000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx" + s.heap(), "-jar", s.jar().toString(), "serve", "--demo", "--port",
                String.valueOf(s.port()), "--archive", s.archive().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://127.0.0.1:" + s.port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong maxRss = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxRss.accumulateAndGet(rssKb(server.pid()), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            waitUntilWarm(http, base);
            ConcurrentLinkedQueue<Double> ok = new ConcurrentLinkedQueue<>(), refused = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(s.seconds());
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < s.clients(); c++) {
                String body = Json.MAPPER.writeValueAsString(Map.of("text", texts.get(c % texts.size())));
                Thread t = new Thread(() -> client(http, base, body, end, ok, refused, errors), "client-" + c);
                clients.add(t);
                t.start();
            }
            for (Thread t : clients) t.join();
            List<Double> lat = sorted(ok), busy = sorted(refused);
            List<String> samples = errors.stream().distinct().limit(3).toList();
            return new Result(s, lat.size(), busy.size(), errors.size(), samples, s.seconds(), pct(lat, 50), pct(lat, 90),
                    pct(lat, 99), pct(lat, 100), pct(busy, 99), maxRss.get() / 1024, MachineInfo.current().cpu()
                    + ", " + MachineInfo.current().cores() + " cores, load " + loadAverage());
        } finally {
            sampler.interrupt();
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
        }
    }

    private static void client(HttpClient http, String base, String body, long end, ConcurrentLinkedQueue<Double> ok,
            ConcurrentLinkedQueue<Double> refused, ConcurrentLinkedQueue<String> errors) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/review")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r.statusCode() == 200) ok.add(ms);
                else if (r.statusCode() == 503) {
                    refused.add(ms);
                    long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(TimeUnit.SECONDS.toMillis(wait));
                } else errors.add("HTTP " + r.statusCode());
            } catch (IOException e) {
                errors.add(e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Corpus reports cut or doubled to about {@code chars} characters, whole lines only. */
    static List<String> reportsOfAbout(Corpus corpus, int chars) {
        List<String> out = new ArrayList<>();
        for (CorpusEntry e : corpus.entries()) {
            String[] lines = corpus.text(e.id()).split("\n");
            StringBuilder b = new StringBuilder();
            for (int i = 0; b.length() < chars; i = (i + 1) % lines.length) b.append(lines[i]).append('\n');
            out.add(b.toString());
        }
        return out;
    }

    private static void waitUntilWarm(HttpClient http, String base) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(), HttpResponse.BodyHandlers.ofString());
                var status = Json.MAPPER.readTree(r.body());
                if (r.statusCode() == 200 && !status.get("seeding").asBoolean() && status.get("warm").asBoolean()) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("the server did not become ready within 3 minutes");
    }

    private static long rssKb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone, or this is not Linux
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static List<Double> sorted(ConcurrentLinkedQueue<Double> q) {
        List<Double> l = new ArrayList<>(q);
        Collections.sort(l);
        return l;
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
