package org.shuzhi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real small filesystem (tmpfs) for disk-full tests, mounted for the test only. Mounting needs root; where
 * it cannot be done, the test is skipped (an assumption), not passed.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    public static SmallDisk mount(Path mountPoint, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString());
        assumeTrue(code == 0, "cannot mount a tmpfs here (needs root)");
        return new SmallDisk(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    /** Fills the disk with a file, leaving about {@code leaveBytes} free; returns the file. */
    public Path fill(long leaveBytes) throws IOException {
        Path filler = mountPoint.resolve("filler.bin");
        long free = Files.getFileStore(mountPoint).getUsableSpace();
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long n = 0; n + block.length <= free - leaveBytes; n += block.length) out.write(block);
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", mountPoint.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
