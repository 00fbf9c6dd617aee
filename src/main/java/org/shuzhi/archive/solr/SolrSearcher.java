package org.shuzhi.archive.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.ArchiveSearcher;

/**
 * {@link ArchiveSearcher} on the collection: the archive's Lucene queries sent as {@link SolrQueries} writes them;
 * term frequencies of many terms in one request (the terms component, summed over the shards by Solr); exact counts
 * of many terms in one request (facet queries); stored fields as Lucene documents, so that the checks read them as
 * they read the embedded index's. Each call is a request to what is committed when it runs.
 */
final class SolrSearcher implements ArchiveSearcher {
    /** Rows per page when reading every match: a cursor, so a province's archive streams. */
    private static final int PAGE = 1000;
    private static final String UNIQUE = "id";

    private final SolrConnection solr;
    private Integer numDocs;

    SolrSearcher(SolrConnection solr) {
        this.solr = solr;
    }

    private QueryResponse query(Query q, ModifiableSolrParams p) {
        SolrQueries.set(p, "q", q);
        return solr.query(p);
    }

    @Override
    public int count(Query q) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("rows", 0);
        return (int) query(q, p).getResults().getNumFound();
    }

    @Override
    public int numDocs() {
        if (numDocs == null) numDocs = count(new MatchAllDocsQuery());
        return numDocs;
    }

    /**
     * Always true: whether a replica's segments still hold deleted documents is not asked of the cluster, so term
     * frequencies are taken as upper bounds and exact answers counted (as the embedded index does after a delete).
     */
    @Override
    public boolean hasDeletions() {
        return true;
    }

    @Override
    public Map<String, Integer> docFreqs(String field, Collection<String> terms) {
        Map<String, Integer> out = new HashMap<>();
        LinkedHashSet<String> distinct = new LinkedHashSet<>(terms);
        for (String t : distinct) out.put(t, 0);
        if (distinct.isEmpty()) return out;
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("rows", 0);
        p.set("terms", true);
        p.set("terms.fl", field);
        // the list's separator is a comma; a comma or backslash in a term is escaped with a backslash
        p.set("terms.list", String.join(",", distinct.stream().map(t -> t.replace("\\", "\\\\").replace(",", "\\,")).toList()));
        p.set("terms.limit", -1);
        p.set("terms.mincount", 1);
        TermsResponse r = query(new MatchAllDocsQuery(), p).getTermsResponse();
        if (r != null && r.getTerms(field) != null) {
            for (TermsResponse.Term t : r.getTerms(field)) if (out.containsKey(t.getTerm())) out.put(t.getTerm(), (int) t.getFrequency());
        }
        return out;
    }

    @Override
    public Map<String, Integer> termCounts(Query within, String field, Collection<String> terms) {
        Map<String, Integer> out = new HashMap<>();
        LinkedHashSet<String> distinct = new LinkedHashSet<>(terms);
        if (distinct.isEmpty()) return out;
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("rows", 0);
        p.set("facet", true);
        Map<String, String> byQuery = new HashMap<>();
        for (String t : distinct) {
            String fq = "{!term f=" + field + "}" + t;
            byQuery.put(fq, t);
            p.add("facet.query", fq);
        }
        Map<String, Integer> counts = query(within, p).getFacetQuery();
        for (String t : distinct) out.put(t, 0);
        if (counts != null) counts.forEach((fq, n) -> {
            String t = byQuery.get(fq);
            if (t != null) out.put(t, n);
        });
        return out;
    }

    @Override
    public List<Document> all(Query q) {
        List<Document> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("fl", "*");
            p.set("rows", PAGE);
            p.set("sort", UNIQUE + " asc");
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q, p);
            for (SolrDocument d : r.getResults()) out.add(document(d));
            String next = r.getNextCursorMark();
            // a page short of full is the last: no request only to learn that the cursor stays
            if (r.getResults().size() < PAGE || next == null || next.equals(cursor)) return out;
            cursor = next;
        }
    }

    /** In {@code sort}'s order; matches equal in it by the unique key (the embedded index: by document number). */
    @Override
    public List<Document> top(Query q, int n, Sort sort) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("fl", "*");
        p.set("rows", n);
        List<String> keys = new ArrayList<>();
        for (SortField f : sort.getSort()) {
            if (f.getType() == SortField.Type.SCORE) keys.add("score " + (f.getReverse() ? "asc" : "desc"));
            else if (f.getType() == SortField.Type.DOC) keys.add(UNIQUE + (f.getReverse() ? " desc" : " asc"));
            else keys.add(f.getField() + (f.getReverse() ? " desc" : " asc"));
        }
        keys.add(UNIQUE + " asc");
        p.set("sort", String.join(",", keys));
        List<Document> out = new ArrayList<>();
        for (SolrDocument d : query(q, p).getResults()) out.add(document(d));
        return out;
    }

    @Override
    public List<Hit> byScore(Query q, int n) {
        return hits(query(q, scored(n)));
    }

    /**
     * Two requests at most: the {@code n + 1} best; if the last two share a score, every match whose score rounds as
     * the {@code n}-th's or higher, the others filtered out by the cluster ({@code frange} over the query's score).
     */
    @Override
    public List<Hit> byScoreWithTies(Query q, int n) {
        QueryResponse first = query(q, scored(n + 1));
        List<Hit> hits = hits(first);
        if (hits.size() <= n || ArchiveSearcher.rounded(hits.get(n)) != ArchiveSearcher.rounded(hits.get(n - 1))) return hits;
        long lowest = ArchiveSearcher.rounded(hits.get(n - 1));
        // the lowest score that rounds to it, a little lower as a float: the client keeps exactly what rounds to it
        float min = Math.max(0f, Math.nextDown((float) ((lowest - 0.5) / 1000.0)));
        ModifiableSolrParams p = scored((int) Math.min(Integer.MAX_VALUE, first.getResults().getNumFound()));
        p.add("fq", "{!frange l=" + new java.math.BigDecimal(Float.toString(min)).toPlainString() + "}query($q)");
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits(query(q, p))) if (ArchiveSearcher.rounded(h) >= lowest) out.add(h);
        return out;
    }

    private static ModifiableSolrParams scored(int rows) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("fl", "*,score");
        p.set("rows", rows);
        p.set("sort", "score desc");
        return p;
    }

    private static List<Hit> hits(QueryResponse r) {
        List<Hit> out = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            float score = ((Number) d.getFirstValue("score")).floatValue();
            Document doc = document(d);
            out.add(new Hit() {
                @Override
                public float score() {
                    return score;
                }

                @Override
                public String reportId() {
                    return doc.get(ArchiveSchema.REPORT_ID);
                }

                @Override
                public int paragraph() {
                    var f = doc.getField(ArchiveSchema.PARAGRAPH);
                    return f == null ? -1 : f.numericValue().intValue();
                }

                @Override
                public Document document() {
                    return doc;
                }
            });
        }
        return out;
    }

    /** Nested terms facets, every bucket of every level: exact ({@link SolrFacets}). */
    @Override
    public Map<List<String>, Integer> counts(Query q, List<String> fields) {
        return SolrFacets.count(solr, q, fields);
    }

    @Override
    public boolean remote() {
        return true;
    }

    /** The number of documents and the newest update's version: any add or delete changes one of them. */
    @Override
    public Object version() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("fl", "_version_");
        p.set("rows", 1);
        p.set("sort", "_version_ desc");
        QueryResponse r = query(new MatchAllDocsQuery(), p);
        Object newest = r.getResults().isEmpty() ? null : r.getResults().get(0).getFirstValue("_version_");
        return List.of(r.getResults().getNumFound(), String.valueOf(newest));
    }

    /** A result's stored fields as the embedded index returns them: numbers as numbers, the rest as strings. */
    static Document document(SolrDocument d) {
        Document out = new Document();
        for (String name : d.getFieldNames()) {
            if (name.equals("score") || name.equals("_version_")) continue;
            for (Object v : d.getFieldValues(name)) {
                if (v instanceof Double || v instanceof Float) out.add(new StoredField(name, ((Number) v).doubleValue())); // a fact's share
                else if (v instanceof Number n) out.add(new StoredField(name, n.intValue()));
                else if (v != null) out.add(new StoredField(name, v.toString()));
            }
        }
        return out;
    }
}
