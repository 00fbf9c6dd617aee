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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.shuzhi.review.Json;

/**
 * Starts the product in a fresh JVM over an archive and measures the time to its first page and to its first
 * review answer (wall and the process's CPU), then its heap after a full GC (read with {@code jcmd} and
 * {@code jstat}), and whether the same request sent again (warm) answers the same; the median of
 * {@link #STARTS} starts. Uses {@code serve} as README starts it ({@code ./shuzhi}, with the build's
 * class-data archive, when the jar is a checkout's {@code target/shuzhi.jar}; else {@code java -jar}), a GET of
 * {@code /} and a POST to {@code /api/review}; if {@code serve} does not come up (not built into this jar),
 * falls back to {@link FirstAnswer} (open the archive and review once) and says so.
 */
final class ColdStart {
    /**
     * What was measured: which way, seconds to the first review's answer, heap used in MB (NaN if unread), and
     * (serve only, else NaN) seconds to the first page ({@code GET /} answered 200: the server answers,
     * saying 正在启动 until the reviewer is loaded) and the process's CPU seconds up to each.
     */
    record Result(String how, double seconds, double heapMb, String note, double pageSeconds, double pageCpuSeconds, double cpuSeconds) {
        Result(String how, double seconds, double heapMb, String note) {
            this(how, seconds, heapMb, note, Double.NaN, Double.NaN, Double.NaN);
        }

        /** The results table's cell: the first review, and the first page where measured. */
        String cell() {
            if (Double.isNaN(pageSeconds)) return String.format(Locale.ROOT, "%.2f s (%s)", seconds, how);
            return String.format(Locale.ROOT, "page %.2f s (CPU %.2f), first review %.2f s (CPU %.2f) (%s)",
                    pageSeconds, pageCpuSeconds, seconds, cpuSeconds, how);
        }
    }

    private static final Duration LIMIT = Duration.ofSeconds(120);
    /** Starts measured per archive size. */
    static final int STARTS = 3;

    private final Path jar;

    ColdStart(Path jar) {
        this.jar = jar;
    }

    Result measure(Path archive, Path reportFile) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) return new Result("-", Double.NaN, Double.NaN, "no " + jar + " (run mvn package first)");
        Result serve = serve(archive, reportFile);
        if (serve == null) return standIn(archive, reportFile);
        if (Double.isNaN(serve.seconds())) return serve;
        // one start says little on a shared machine: the median of STARTS, by the first review's time
        List<Result> starts = new ArrayList<>(List.of(serve));
        for (int i = 1; i < STARTS; i++) {
            Result again = serve(archive, reportFile);
            if (again != null && !Double.isNaN(again.seconds())) starts.add(again);
        }
        starts.sort(java.util.Comparator.comparingDouble(Result::seconds));
        Result m = starts.get(starts.size() / 2);
        return new Result(m.how(), m.seconds(), m.heapMb(), m.note() + "; the median of " + starts.size() + " starts by the first"
                + " review's time (first reviews " + starts.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds()))
                .collect(java.util.stream.Collectors.joining(", ")) + " s)", m.pageSeconds(), m.pageCpuSeconds(), m.cpuSeconds());
    }

    private Result serve(Path archive, Path reportFile) throws IOException, InterruptedException {
        int port = freePort();
        Path launcher = launcher();
        List<String> command = new ArrayList<>(launcher != null ? List.of(launcher.toString()) : List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of("serve", "--port", String.valueOf(port), "--archive", archive.toString()));
        String how = launcher != null ? "serve via ./shuzhi" : "serve";
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            // the first page: the server answers (its pages say 正在启动 until the reviewer is loaded)
            HttpRequest page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(60)).build();
            double pageSeconds = Double.NaN, pageCpu = Double.NaN;
            while (Double.isNaN(pageSeconds) && System.nanoTime() - t0 < LIMIT.toNanos()) {
                if (!p.isAlive()) return null; // serve is a stub or failed: use the stand-in
                try {
                    if (http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        pageSeconds = (System.nanoTime() - t0) / 1e9;
                        pageCpu = cpuSeconds(p);
                    }
                } catch (IOException notYet) {
                    Thread.sleep(25);
                }
            }
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
                double cpu = cpuSeconds(p);
                double heap = heapMb(p.pid());
                // the command as README writes it: no path of the machine that ran it
                String shown = launcher != null ? "./shuzhi" : "java -jar " + jar.getFileName();
                return new Result(how, seconds, heap, shown
                        + " serve, timed to its first answer to GET / (the page) and to POST /api/review sent right after it (the"
                        + " review waits for the reviewer to load); CPU is the process's, all threads, from /proc"
                        + (launcher != null ? "; the launcher starts the JVM with the class-data archive the build made" : "")
                        + sameAsWarm(first.body(), http.send(request, HttpResponse.BodyHandlers.ofString())),
                        pageSeconds, pageCpu, cpu);
            }
            if (first != null) return new Result(how, Double.NaN, Double.NaN, "serve answered HTTP " + first.statusCode());
            return new Result(how, Double.NaN, Double.NaN, "serve did not answer within " + LIMIT.toSeconds() + " s");
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

    /**
     * README's start command, {@code ./shuzhi}, when the jar measured is a checkout's {@code target/shuzhi.jar}
     * beside it (it starts the JVM with the build's class-data archive); null for another jar (a copy).
     */
    private Path launcher() {
        Path target = jar.toAbsolutePath().normalize().getParent();
        if (target == null || !jar.getFileName().toString().equals("shuzhi.jar") || !target.getFileName().toString().equals("target")) return null;
        Path script = target.resolveSibling("shuzhi");
        return Files.isExecutable(script) ? script : null;
    }

    /** CPU seconds the process has used so far, all threads (NaN where the platform does not say). */
    private static double cpuSeconds(Process p) {
        return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
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
