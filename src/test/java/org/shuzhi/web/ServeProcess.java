package org.shuzhi.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.shuzhi.cli.Main;

/**
 * {@code serve} as a user starts it: {@code Main serve ...} in a JVM of its own (the test's class path), its first
 * lines read until it says where it listens. Stopped as Ctrl+C stops it (its shutdown hook closes the archive).
 */
final class ServeProcess implements AutoCloseable {
    private static final String STARTED = "述职报告评审服务已启动：";
    private final Process process;
    private final List<String> lines;
    private final String url;

    private ServeProcess(Process process, List<String> lines, String url) {
        this.process = process;
        this.lines = lines;
        this.url = url;
    }

    /** Starts serve with {@code args}; returns once it listens, or throws with what it said instead. */
    static ServeProcess start(Path log, String... args) throws IOException, InterruptedException {
        Process p = builder(args).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) {
            lines.add(line);
            if (line.startsWith(STARTED)) {
                String url = line.substring(STARTED.length(), line.indexOf('（', STARTED.length()));
                // later lines (the warm-up's) are drained so that the server never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) { }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new ServeProcess(p, lines, url);
            }
        }
        p.waitFor(30, TimeUnit.SECONDS);
        throw new IllegalStateException("serve did not start: " + lines + " / " + Files.readString(log, StandardCharsets.UTF_8));
    }

    record Run(int code, String out, String err) {}

    /** Runs serve with {@code args} to its end (a refusal), with what it printed. */
    static Run run(Path log, String... args) throws IOException, InterruptedException {
        Path out = log.resolveSibling(log.getFileName() + ".out");
        Process p = builder(args).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("serve neither refused nor failed within 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder builder(String... args) {
        String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(jvm, "-Xmx768m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("SHUZHI_") || k.equals("JAVA_TOOL_OPTIONS"));
        return pb;
    }

    String url() {
        return url;
    }

    int port() {
        return Integer.parseInt(url.replaceAll(".*:(\\d+)/$", "$1"));
    }

    /** What it printed up to the line that says it listens. */
    List<String> lines() {
        return lines;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the shutdown hook closes the server and the archive
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
