package org.shuzhi.archive;

import java.util.List;
import java.util.Optional;

/**
 * What the archive's users ask of it whichever engine holds it: the embedded Lucene index ({@link Archive}, the
 * default) or a SolrCloud collection ({@code org.shuzhi.archive.solr.SolrArchive}). Both hold the same documents
 * with the same terms ({@link ArchiveDocuments}), so they answer the same. The rules ask it how common a phrase is
 * ({@link org.shuzhi.rules.PhraseCommonness}).
 */
public interface ArchiveEngine extends AutoCloseable, org.shuzhi.rules.PhraseCommonness {
    /** Adds reports (same unit and year: replaced), committed together; returns them as filed. */
    List<ArchivedReport> addAll(List<ArchiveEntry> entries);

    /** BM25 search over paragraphs with filters and highlighted snippets. */
    SearchResult search(SearchQuery query);

    /** The units in the archive, by key. */
    List<UnitSummary> units();

    /** A unit's report of a year (any spelling of the unit), with all its paragraphs. */
    Optional<ArchivedReport> report(String unit, int year);

    /** The years the archive holds a report of a unit (any spelling), oldest first; empty for none. */
    List<Integer> years(String unit);

    /** The key a unit name files under (see {@link Archive#unitKey}); null for a blank name. */
    String unitKey(String unit);

    /** The number of reports. */
    int size();

    /** The number of paragraphs. */
    int paragraphs();

    /** Removes a unit's report of a year; false if there was none. */
    boolean delete(String unit, int year);

    /**
     * Reads the archive at one point in time through {@code f} (on the embedded index: one acquired searcher;
     * on a cluster: what is committed as each request runs).
     */
    <T> T read(ArchiveSearcher.Reader<T> f);

    /** The cross-report checks over this archive (REPEATED_PROBLEM, COMMITMENT_NOT_ADDRESSED, copies), for the Reviewer. */
    org.shuzhi.rules.Check checks();

    /** Where the archive lives, for messages: a directory or a collection on a cluster. */
    String where();

    @Override
    void close();
}
