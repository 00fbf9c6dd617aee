package org.shuzhi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How {@code serve} listens: the port, the Host names it answers besides the loopback ones, and the private
 * folder where uploads too big to hold in memory wait while their request runs.
 */
public record WebOptions(int port, Set<String> allowedHosts, Path uploadDir) {
    /** Names a browser on this machine uses for a server on 127.0.0.1. */
    public static final List<String> LOOPBACK_NAMES = List.of("127.0.0.1", "localhost", "::1");

    public WebOptions {
        Set<String> hosts = new LinkedHashSet<>(LOOPBACK_NAMES);
        for (String h : allowedHosts) hosts.add(RequestGuard.hostName(h));
        allowedHosts = Set.copyOf(hosts);
    }

    /** Loopback names only, uploads spooled in a fresh private folder of the system's temp directory. */
    public static WebOptions loopback(int port) {
        try {
            return new WebOptions(port, Set.of(), Files.createTempDirectory("shuzhi-uploads",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload folder of an archive: beside it, so one archive's server never wipes another's. */
    public static Path uploadDirOf(Path archiveDir) {
        Path abs = archiveDir.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".uploads");
    }

    /** Creates the upload folder, readable by this user only. */
    static void createPrivateDir(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes whatever a crashed run left in the upload folder: a self-check draft never outlives its
     * request, even across a kill. {@code serve} calls it once it holds the archive's lock (so a second
     * server on the same archive, refused, never touches the first one's uploads), and the server on stop.
     */
    public static void wipe(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) deleteTree(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var files = Files.list(p)) {
                for (Path f : (Iterable<Path>) files::iterator) deleteTree(f);
            }
        }
        Files.deleteIfExists(p);
    }

    String allowedList() {
        return String.join("、", allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).sorted().toList());
    }
}
