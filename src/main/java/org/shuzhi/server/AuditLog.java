package org.shuzhi.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every change to the archive and to accounts, one JSON line each in {@code audit.log}: when, who, what,
 * which report. Never the text of a report, and nothing about self-checks, which are not changes.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "audit.log";

    public record Entry(String time, String user, String action, Map<String, Object> details) {}

    private final ServerFolder folder;
    private final Clock clock;

    public AuditLog(ServerFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Appends and forces the line to disk before the change is acknowledged. */
    public synchronized void record(String user, String action, Map<String, Object> details) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now(clock).toString());
        line.put("user", user);
        line.put("action", action);
        line.put("details", details);
        try {
            Files.createDirectories(folder.dir());
            try (FileChannel ch = FileChannel.open(folder.file(FILE), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入审计日志 " + folder.file(FILE) + "：" + e.getMessage(), e);
        }
    }

    /** The latest entries, newest first. */
    public synchronized List<Entry> latest(int limit) {
        Path f = folder.file(FILE);
        if (!Files.exists(f)) return List.of();
        try {
            List<String> lines = Files.readAllLines(f);
            List<Entry> out = new ArrayList<>();
            for (int i = lines.size() - 1; i >= 0 && out.size() < limit; i--) {
                if (lines.get(i).isBlank()) continue;
                out.add(JSON.readValue(lines.get(i), Entry.class));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
