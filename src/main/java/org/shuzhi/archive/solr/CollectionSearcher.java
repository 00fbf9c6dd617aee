package org.shuzhi.archive.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.shuzhi.archive.ArchiveSearcher;

/**
 * {@link ArchiveSearcher} over the collection: each read one request (counts, stored fields page by page with a
 * cursor, sorted top rows, terms facets), document frequencies from the terms component summed over the shards
 * as Lucene counts them (deleted documents included until merged).
 */
final class CollectionSearcher implements ArchiveSearcher {
    private static final int PAGE = 1000;

    private final SolrConnection solr;

    CollectionSearcher(SolrConnection solr) {
        this.solr = solr;
    }

    @Override
    public int count(Query q) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries.set(p, "q", q);
        p.set("rows", 0);
        return Math.toIntExact(solr.query(p).getResults().getNumFound());
    }

    @Override
    public int numDocs() {
        return count(new MatchAllDocsQuery());
    }

    /** Unknown here: callers then count live documents rather than trust a frequency. */
    @Override
    public boolean hasDeletions() {
        return true;
    }

    @Override
    public Map<String, Integer> docFreqs(String field, Collection<String> terms) {
        Map<String, Integer> out = new HashMap<>();
        TreeSet<String> sorted = new TreeSet<>(terms);
        for (String t : sorted) out.put(t, 0);
        if (sorted.isEmpty()) return out;
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("terms", true);
        p.set("terms.fl", field);
        p.set("terms.limit", -1);
        StringBuilder list = new StringBuilder();
        for (String t : sorted) {
            if (list.length() > 0) list.append(',');
            list.append(t.replace("\\", "\\\\").replace(",", "\\,"));
        }
        p.set("terms.list", list.toString());
        TermsResponse r = solr.query(p).getTermsResponse();
        if (r != null && r.getTerms(field) != null) {
            for (TermsResponse.Term t : r.getTerms(field)) out.put(t.getTerm(), Math.toIntExact(t.getFrequency()));
        }
        return out;
    }

    @Override
    public List<Document> all(Query q) {
        List<Document> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            SolrQueries.set(p, "q", q);
            p.set("fl", "*");
            p.set("rows", PAGE);
            p.set("sort", "id asc");
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = solr.query(p);
            for (SolrDocument d : r.getResults()) out.add(document(d));
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) return out;
            cursor = next;
        }
    }

    @Override
    public List<Document> top(Query q, int n, Sort sort) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries.set(p, "q", q);
        p.set("fl", "*");
        p.set("rows", Math.max(1, n));
        List<String> by = new ArrayList<>();
        for (SortField f : sort.getSort()) {
            if (f.getField() == null) throw new IllegalArgumentException("no Solr form for the sort " + f);
            by.add(f.getField() + (f.getReverse() ? " desc" : " asc"));
        }
        p.set("sort", String.join(",", by));
        List<Document> out = new ArrayList<>();
        for (SolrDocument d : solr.query(p).getResults()) out.add(document(d));
        return out;
    }

    @Override
    public List<Hit> byScore(Query q, int n) {
        throw new UnsupportedOperationException("scored pages on the collection");
    }

    @Override
    public Map<List<String>, Integer> counts(Query q, List<String> fields) {
        return SolrFacets.count(solr, q, fields);
    }

    @Override
    public boolean remote() {
        return true;
    }

    /** A new state for every searcher: nothing cached across reads of a cluster others may write to. */
    @Override
    public Object version() {
        return new Object();
    }

    /** A Solr document's stored fields as the embedded index returns them. */
    static Document document(SolrDocument d) {
        Document out = new Document();
        for (String name : d.getFieldNames()) {
            if (name.equals("id") || name.equals("_version_")) continue;
            for (Object v : d.getFieldValues(name)) {
                if (v instanceof Integer i) out.add(new StoredField(name, i));
                else if (v instanceof Long l) out.add(new StoredField(name, l));
                else if (v instanceof Double x) out.add(new StoredField(name, x));
                else if (v instanceof Float x) out.add(new StoredField(name, x));
                else out.add(new StoredField(name, String.valueOf(v)));
            }
        }
        return out;
    }
}
