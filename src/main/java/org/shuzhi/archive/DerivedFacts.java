package org.shuzhi.archive;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.ServiceLoader;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;

/**
 * Documents derived from a unit's reports across its years — which problems it raised again, whether the next
 * report answered a report's commitments — kept in the index beside the reports (under {@link
 * ArchiveSchema#FACTS_OF}) and rebuilt in the same commit whenever one of the unit's reports is added, replaced
 * or deleted, so that the overview reads them instead of comparing every unit's years on every request. The
 * archive's history room implements it; the store finds it through {@link ServiceLoader}, as Lucene finds its
 * codecs, and so depends on no room above it.
 */
public interface DerivedFacts {
    /** Builds the facts of units over one reader; what it computes once (word statistics) serves every unit. */
    interface Builder {
        /**
         * The unit's fact documents, each carrying {@link ArchiveSchema#FACTS_OF} = the key; empty if it has no report.
         *
         * @param fresh the reports of this commit by {@link ArchivedReport#id()}, as the writer has them (read
         *              from the index otherwise)
         */
        List<Document> documents(String unitKey, Map<String, Fresh> fresh) throws IOException;

        /** Called once before the units' documents: what all of them will need can be fetched at once. */
        default void prepare(Map<String, Fresh> fresh) throws IOException {}
    }

    /**
     * A report of this commit as the writer has it: its paragraphs as the checks compare them, from the review
     * analysis's tokens, so that the facts neither read it back nor segment it again.
     */
    record Fresh(ArchivedReport report, IntFunction<Passage> passages) {}

    /**
     * @param searcher sees the reports as they will be committed (or, on a cluster, as they were just committed)
     * @param stats    the word statistics of its reader (built on the previous commit's where they still hold)
     */
    Builder over(ArchiveSearcher searcher, ArchiveStatistics.Shared stats) throws IOException;

    /** Over the embedded index's reader. */
    default Builder over(IndexSearcher searcher, ArchiveStatistics.Shared stats) throws IOException {
        return over(new LuceneSearcher(searcher), stats);
    }

    /** The implementation on the class path (the history room's). */
    static DerivedFacts standard() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once. */
    final class Holder {
        private static final DerivedFacts INSTANCE = ServiceLoader.load(DerivedFacts.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + DerivedFacts.class.getName() + " on the class path"));

        private Holder() {}
    }
}
