package org.shuzhi.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The folder beside an archive that holds what a shared server keeps besides reports: {@code accounts.json},
 * {@code audit.log}, {@code marks.json}, {@code batches/}. Readable by the server's user only: it holds password hashes.
 */
public final class ServerFolder {
    private final Path dir;

    private ServerFolder(Path dir) {
        this.dir = dir;
    }

    public static ServerFolder of(Path archiveDir) {
        Path abs = archiveDir.toAbsolutePath().normalize();
        return new ServerFolder(abs.resolveSibling(abs.getFileName() + ".server"));
    }

    /** A server folder at {@code dir} itself: the state of a server whose archive has no local directory ({@code serve --state}). */
    public static ServerFolder at(Path dir) {
        return new ServerFolder(dir.toAbsolutePath().normalize());
    }

    public Path dir() {
        return dir;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** Writes a file whole or not at all: a crash mid-write leaves the previous version. */
    void writeAtomically(String name, byte[] content) {
        try {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder keeps the permissions it has
            }
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, file(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file(name) + "：" + e.getMessage(), e);
        }
    }
}
