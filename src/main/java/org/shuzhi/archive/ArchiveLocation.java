package org.shuzhi.archive;

import java.nio.file.Path;

/** Where the archive lives unless the user says otherwise: shared by {@code serve}, {@code index}, {@code review}. */
public final class ArchiveLocation {
    public static final String ENV = "SHUZHI_ARCHIVE";

    private ArchiveLocation() {}

    /**
     * Where {@code serve --demo} keeps the demo archive: beside the default archive, never in it
     * ({@code ~/.shuzhi/demo-archive}), so invented reports never meet a department's real ones.
     */
    public static Path demoDirectory() {
        return defaultDirectory().toAbsolutePath().resolveSibling("demo-archive");
    }

    /** {@code $SHUZHI_ARCHIVE}, else {@code ~/.shuzhi/archive}. */
    public static Path defaultDirectory() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".shuzhi", "archive");
    }
}
