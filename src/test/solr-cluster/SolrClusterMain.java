import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud (embedded ZooKeeper, N Solr nodes on Jetty 10) for the Solr engine's tests and for bench,
 * run in its own JVM on the classpath of src/test/solr-cluster/pom.xml (see there why). Started as a
 * single-file program: {@code java -cp <classpath> SolrClusterMain.java BASE_DIR NODES}. It prints
 * {@code zk <address>} once the cluster is up, then obeys one line per command on stdin ({@code stop I},
 * {@code start I}, {@code quit}), answering {@code ok ...} after each; stdin closed means quit.
 */
public class SolrClusterMain {
    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        int nodes = Integer.parseInt(args[1]);
        // the test framework's defaults a test case would set: small, quiet, local
        System.setProperty("solr.log.dir", base.resolve("logs").toString());
        System.setProperty("solr.allowPaths", "*");
        System.setProperty("zookeeper.4lw.commands.whitelist", "*");
        System.setProperty("solr.max.booleanClauses", "4096");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
        System.out.println("zk " + cluster.getZkServer().getZkAddress());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            for (String line; (line = in.readLine()) != null; ) {
                String[] cmd = line.trim().split("\\s+");
                if (cmd[0].equals("quit")) break;
                int i = Integer.parseInt(cmd[1]);
                if (cmd[0].equals("stop")) cluster.stopJettySolrRunner(i);
                else if (cmd[0].equals("start")) cluster.startJettySolrRunner(cluster.getJettySolrRunner(i));
                System.out.println("ok " + line.trim());
                System.out.flush();
            }
        } finally {
            cluster.shutdown();
            System.out.println("ok quit");
            System.out.flush();
            System.exit(0);
        }
    }
}
