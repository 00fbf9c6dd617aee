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
import org.shuzhi.server.ServerFolder;

/**
 * How {@code serve} listens: the address and port, the Host names it answers besides the loopback ones, the
 * private folder where uploads too big to hold in memory wait while their request runs, and the folder of
 * the shared server's accounts, audit log and marks.
 */
public record WebOptions(String bindHost, int port, Set<String> allowedHosts, Path uploadDir, ServerFolder serverFolder) {
    public static final String LOOPBACK = "127.0.0.1";
    /** Names a browser on this machine uses for a server on 127.0.0.1. */
    public static final List<String> LOOPBACK_NAMES = List.of("127.0.0.1", "localhost", "::1");

    public WebOptions {
        Set<String> hosts = new LinkedHashSet<>(LOOPBACK_NAMES);
        for (String h : allowedHosts) hosts.add(RequestGuard.hostName(h));
        // the address it listens on is a name it answers to (not the wildcard, which no browser sends)
        if (!bindHost.equals("0.0.0.0") && !bindHost.equals("::")) hosts.add(RequestGuard.hostName(bindHost));
        allowedHosts = Set.copyOf(hosts);
    }

    /** The server of an archive: its upload folder and server folder beside it. */
    public static WebOptions forArchive(String bindHost, int port, Set<String> allowedHosts, Path archiveDir) {
        return new WebOptions(bindHost, port, allowedHosts, uploadDirOf(archiveDir), ServerFolder.of(archiveDir));
    }

    /**
     * The server of an archive without a local directory (a SolrCloud collection), or one given {@code --state}:
     * the server folder is {@code stateDir} itself, uploads wait in its {@code uploads} subfolder.
     */
    public static WebOptions forState(String bindHost, int port, Set<String> allowedHosts, Path stateDir) {
        ServerFolder folder = ServerFolder.at(stateDir);
        return new WebOptions(bindHost, port, allowedHosts, folder.dir().resolve(UPLOADS), folder);
    }

    /** The upload folder inside a server folder given by {@code --state}. */
    public static final String UPLOADS = "uploads";

    /** On 127.0.0.1, loopback names only, uploads and server folder in fresh private temp folders (no accounts). */
    public static WebOptions loopback(int port) {
        try {
            var privateDir = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
            return new WebOptions(LOOPBACK, port, Set.of(), Files.createTempDirectory("shuzhi-uploads", privateDir),
                    ServerFolder.of(Files.createTempDirectory("shuzhi-archive", privateDir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether only this machine can reach the server. */
    public boolean loopbackOnly() {
        return bindHost.equals(LOOPBACK) || bindHost.equals("::1") || bindHost.equals("localhost") || bindHost.startsWith("127.");
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
