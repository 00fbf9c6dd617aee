package org.shuzhi.archive.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.ArchiveStatistics;
import org.shuzhi.archive.DerivedFacts;

/**
 * The units' facts ({@link DerivedFacts}) on the collection: computed here, by the embedded archive's own builder
 * over the collection's searcher and word statistics, and sent routed to each unit's shard, replacing the unit's
 * facts of before.
 *
 * <p>They are computed from the statistics of the collection with the new reports in it, which Solr shows only
 * once they are committed; so the reports go first (their commit) and the facts after (a second commit), not in
 * one update request. A client that dies between the two leaves reports whose units' facts are those of before
 * (history and the overview show the unit as it was) until the same reports are indexed again: indexing a report
 * is idempotent and rebuilds its unit's facts, so a re-index repairs it. The old facts' delete and the new ones
 * are published by one commit (the second request's): unless another writer commits between the two requests, no
 * reader sees a unit without facts.
 */
final class SolrFacts {
    private SolrFacts() {}

    /**
     * Rebuilds the facts of {@code unitKeys} from what the collection holds now.
     *
     * @param fresh the reports just written, as analysed here (what the embedded archive gives its builder)
     */
    static void refresh(ArchiveEngine archive, SolrConnection solr, List<String> unitKeys, Map<String, DerivedFacts.Fresh> fresh) {
        if (unitKeys.isEmpty()) return;
        List<List<SolrInputDocument>> docs = archive.read(s -> {
            // the statistics of this state of the collection, asked in batches (one request per batch of grams)
            DerivedFacts.Builder facts = DerivedFacts.standard().over(s, ArchiveStatistics.Shared.unread());
            facts.prepare(fresh);
            // units in parallel: each reads its earlier reports back, a round trip or two
            return unitKeys.parallelStream().map(key -> {
                try {
                    return SolrDocuments.facts(key, facts.documents(key, fresh));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        });
        String collection = solr.location().collection();
        // the deletes in a request of their own, first: an update request carries its adds before its deletes
        UpdateRequest old = new UpdateRequest();
        for (String key : unitKeys) old.deleteByQuery("{!term f=" + ArchiveSchema.FACTS_OF + "}" + key);
        solr.run(old, collection);
        UpdateRequest add = new UpdateRequest();
        List<SolrInputDocument> all = new ArrayList<>();
        docs.forEach(all::addAll);
        all.forEach(add::add);
        add.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        solr.run(add, collection);
    }
}
