package org.shuzhi.cli;

import org.shuzhi.archive.solr.SolrLocation;
import picocli.CommandLine.Option;

/**
 * {@code --solr ZK_HOSTS[/chroot]}: the archive on a SolrCloud collection instead of the local directory (default:
 * the environment's {@code SHUZHI_SOLR}; neither: the embedded archive). Credentials and the collection's name come
 * from the environment only ({@link SolrLocation}).
 */
public final class SolrOption {
    @Option(names = "--solr", paramLabel = "ZK_HOSTS[/chroot]",
            description = "使用 SolrCloud 上的档案库（ZooKeeper 地址，%n如 zk1:2181,zk2:2181/solr；默认：环境变量 SHUZHI_SOLR；都没有则用本机档案库）")
    String solr;

    /** The collection's location, or null for the embedded archive. */
    public SolrLocation location() {
        String spec = solr != null ? solr : System.getenv(SolrLocation.ENV);
        return spec == null || spec.isBlank() ? null : SolrLocation.parse(spec, System.getenv());
    }
}
