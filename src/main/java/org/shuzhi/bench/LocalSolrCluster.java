package org.shuzhi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud on this machine (ZooKeeper and {@code nodes} Solr nodes, Solr's MiniSolrCloudCluster) in a child
 * JVM, for the Solr engine's tests and for {@code bench --engine solr}: Solr's Jetty 10 cannot share a class path
 * with the web server's Jetty 11 (see src/test/solr-cluster/pom.xml). Works in a checkout only: its class path is
 * written by the build (target/solr-cluster.classpath, `mvn -B generate-test-resources`), the program is
 * src/test/solr-cluster/SolrClusterMain.java, run from source.
 */
public final class LocalSolrCluster implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private final String zk;

    private LocalSolrCluster(Process process, BufferedReader out, PrintWriter in, String zk) {
        this.process = process;
        this.out = out;
        this.in = in;
        this.zk = zk;
    }

    /** Starts a cluster of {@code nodes} nodes under {@code base}; returns once ZooKeeper and every node are up. */
    public static LocalSolrCluster start(Path base, int nodes, String heap) {
        Path project = Path.of(System.getProperty("user.dir"));
        Path classpath = project.resolve("target/solr-cluster.classpath");
        Path program = project.resolve("src/test/solr-cluster/SolrClusterMain.java");
        try {
            if (!Files.isRegularFile(classpath)) {
                throw new IllegalStateException("缺少 target/solr-cluster.classpath：在源码目录中先运行 mvn -B generate-test-resources"
                        + "（本机 SolrCloud 只用于测试和基准）");
            }
            Files.createDirectories(base);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                    "-Djava.net.preferIPv4Stack=true", "-Dfile.encoding=UTF-8",
                    "-Dlog4j2.configurationFile=" + project.resolve("src/test/solr-cluster/log4j2.xml"),
                    "-cp", Files.readString(classpath).strip(), program.toString(), base.toString(), String.valueOf(nodes)));
            // the cluster's log outlives the test's temporary directory, for a failure to be read
            Path log = project.resolve("target/solr-cluster.log");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
            Map<String, String> env = pb.environment();
            env.remove("JAVA_TOOL_OPTIONS");
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8);
            String line = out.readLine();
            if (line == null || !line.startsWith("zk ")) {
                p.destroyForcibly();
                throw new IllegalStateException("the SolrCloud did not start: " + line + " (see " + log + ")");
            }
            return new LocalSolrCluster(p, out, in, line.substring(3).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The child JVM's process id (its resident memory is the cluster's). */
    public long pid() {
        return process.pid();
    }

    /** ZooKeeper's address with the cluster's chroot, as {@code --solr} takes it. */
    public String zkHost() {
        return zk;
    }

    /** Stops node {@code i} (its Jetty: as a machine lost), returning once it is down. */
    public void stopNode(int i) {
        command("stop " + i);
    }

    public void startNode(int i) {
        command("start " + i);
    }

    private void command(String c) {
        in.println(c);
        try {
            String answer = out.readLine();
            if (answer == null || !answer.equals("ok " + c)) throw new IllegalStateException("cluster: " + answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        in.println("quit");
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
