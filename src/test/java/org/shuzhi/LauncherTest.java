package org.shuzhi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's start command runs the {@code shuzhi} launcher: it must start the program whatever state the
 * build's class-data archive is in (made for this jar, made for another build of it, not a class-data archive
 * at all, missing), print nothing of its own on stdout (where JSON goes), pass the arguments through as
 * given, and give {@code serve} the server's memory budget. Run on a stand-in jar in the launcher's layout
 * ({@code DIR/shuzhi}, {@code DIR/target/shuzhi.jar}), so that it needs no packaged build.
 */
class LauncherTest {
    private static final String PROGRAM = """
            public class Echo {
                public static void main(String[] args) {
                    System.out.println(String.join("|", args) + " max=" + (Runtime.getRuntime().maxMemory() >> 20));
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void startsWithAFreshAStaleABrokenOrNoClassDataArchive() throws Exception {
        Path jar = standIn(dir, "1");
        Path jsa = dir.resolve("target/shuzhi.jsa");

        assertEquals("review|a b.txt|--format|json", program(run("review", "a b.txt", "--format", "json")), "no archive");

        java(List.of("-XX:ArchiveClassesAtExit=" + jsa, "-jar", jar.toString(), "train"));
        assertTrue(Files.size(jsa) > 0, "the JVM wrote an archive for this jar");
        assertEquals("search|理论学习", program(run("search", "理论学习")), "an archive made for this jar");

        standIn(dir, "22"); // the jar rebuilt (another size): the archive no longer matches it
        assertEquals("search|理论学习", program(run("search", "理论学习")), "an archive of another build");

        Files.writeString(jsa, "not a class-data archive");
        assertEquals("search|理论学习", program(run("search", "理论学习")), "a broken archive");
    }

    @Test
    void serveGetsTheServersMemoryBudget() throws Exception {
        standIn(dir, "1");
        String out = run("serve", "--demo");
        assertEquals("serve|--demo", program(out));
        long serve = Long.parseLong(out.strip().replaceAll(".* max=", ""));
        assertTrue(serve <= 768, "serve runs with -Xmx768m: " + serve + " MB");
    }

    /** What the stand-in printed before its memory figure: the arguments it was given, joined by '|'. */
    private static String program(String out) {
        assertEquals(1, out.lines().count(), "the launcher adds nothing on stdout: " + out);
        return out.strip().replaceAll(" max=\\d+$", "");
    }

    /** Runs DIR/shuzhi with the arguments; returns its stdout, after checking it exited 0. */
    private String run(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(dir.resolve("shuzhi").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The launcher beside a stand-in target/shuzhi.jar whose Main echoes its arguments ({@code version} in a resource). */
    private static Path standIn(Path dir, String version) throws Exception {
        Path launcher = dir.resolve("shuzhi");
        Files.copy(Path.of("shuzhi"), launcher, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(launcher.toFile().setExecutable(true));
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Echo.java"), PROGRAM);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.resolve("Echo.java").toString()));
        Path jar = Files.createDirectories(dir.resolve("target")).resolve("shuzhi.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Echo");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Echo.class"));
            out.write(Files.readAllBytes(classes.resolve("Echo.class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("build.txt"));
            out.write(version.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static void java(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        try (OutputStream ignored = p.getOutputStream()) {
            assertEquals(0, p.exitValue());
        }
    }
}
