package org.shuzhi.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * One writer at a time in a folder, across processes: an OS file lock on {@code .lock} in it. A file lock
 * belongs to the whole JVM (a second lock on the same file in one process is refused, not waited for), so
 * threads of one process first queue on a monitor per folder.
 */
final class FolderLock {
    private static final String FILE = ".lock";
    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private FolderLock() {}

    static <T> T holding(Path dir, Supplier<T> work) {
        Path folder = dir.toAbsolutePath().normalize();
        synchronized (IN_PROCESS.computeIfAbsent(folder, p -> new Object())) {
            try {
                Files.createDirectories(folder);
                try (FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    return work.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("无法锁定文件夹 " + folder + "：" + e.getMessage(), e);
            }
        }
    }
}
