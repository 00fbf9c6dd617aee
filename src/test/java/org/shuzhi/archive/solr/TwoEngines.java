package org.shuzhi.archive.solr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.bench.LocalSolrCluster;

/**
 * The corpus on both engines, for the tests that compare them: a real SolrCloud (ZooKeeper and two nodes in a
 * child JVM, a collection of 2 shards × 2 replicas made by {@code solr init}'s code from the jar's configset) and
 * an embedded archive, filled in the same batches of 20, as {@code index} sends them (a unit's facts are computed
 * with the word statistics of the commit that changes it, so both must commit alike).
 */
record TwoEngines(LocalSolrCluster cluster, SolrLocation location, SolrArchive solr, Archive embedded, List<ArchiveEntry> entries)
        implements AutoCloseable {
    static final int BATCH = 20;

    static TwoEngines start(Path dir) {
        LocalSolrCluster cluster = LocalSolrCluster.start(dir.resolve("cluster"), 2, "640m");
        SolrLocation location = SolrLocation.parse(cluster.zkHost(), Map.of());
        try (SolrConnection c = new SolrConnection(location)) {
            assertTrue(SolrSetup.init(c, 2, 2).created());
        }
        SolrArchive solr = SolrArchive.open(location);
        Archive embedded = Archive.open(dir.resolve("embedded"));
        List<ArchiveEntry> entries = SolrArchiveTest.corpus();
        for (int i = 0; i < entries.size(); i += BATCH) {
            List<ArchiveEntry> batch = entries.subList(i, Math.min(entries.size(), i + BATCH));
            embedded.addAll(batch);
            solr.addAll(batch);
        }
        return new TwoEngines(cluster, location, solr, embedded, entries);
    }

    @Override
    public void close() {
        if (solr != null) solr.close();
        if (embedded != null) embedded.close();
        if (cluster != null) cluster.close();
    }
}
