package org.shuzhi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per server folder, across processes: an OS lock on {@code serve.lock} in it, held while the server
 * runs. The embedded archive's own lock already keeps a second server off one archive; a SolrCloud collection is
 * shared by many servers, but each keeps its accounts, marks and uploads in a folder of its own, which two
 * servers would overwrite and wipe under each other.
 */
public final class StateLock implements AutoCloseable {
    static final String FILE = "serve.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on {@code dir} (created, readable by this user only), or null when another server holds it. */
    public static StateLock tryLock(Path dir) {
        try {
            WebOptions.createPrivateDir(dir);
            FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (a test's second server)
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            return new StateLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("无法锁定服务数据文件夹 " + dir + "：" + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending or the file is gone: the OS drops the lock with the channel
        }
    }
}
