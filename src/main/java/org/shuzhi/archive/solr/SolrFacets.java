package org.shuzhi.archive.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * {@code ArchiveSearcher.counts} on a collection: the matches of a query grouped by their values of a few fields,
 * as nested terms facets of the JSON Facet API in one request. Every level asks for all its buckets ({@code
 * limit: -1}): each shard returns every value it holds and the counts are summed, so they are exact (no
 * overrequest to guess, no refinement, no estimate such as {@code unique()} or {@code hll}).
 */
final class SolrFacets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SolrFacets() {}

    static Map<List<String>, Integer> count(SolrConnection solr, Query q, List<String> fields) {
        if (fields.isEmpty()) throw new IllegalArgumentException("no field to count by");
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries.set(p, "q", q);
        p.set("rows", 0);
        p.set("json.facet", request(fields, 0).toString());
        NestableJsonFacet facets = solr.query(p).getJsonFacetingResponse();
        Map<List<String>, Integer> out = new HashMap<>();
        if (facets != null) collect(facets, fields.size(), new ArrayList<>(), out);
        return out;
    }

    /** {@code {f0: {type: terms, field: …, limit: -1, facet: {f1: …}}}} from level {@code i} down. */
    private static ObjectNode request(List<String> fields, int i) {
        ObjectNode facet = JSON.createObjectNode();
        facet.put("type", "terms");
        facet.put("field", fields.get(i));
        facet.put("limit", -1);
        facet.put("mincount", 1);
        facet.put("sort", "index");
        if (i + 1 < fields.size()) facet.set("facet", request(fields, i + 1));
        ObjectNode out = JSON.createObjectNode();
        out.set("f" + i, facet);
        return out;
    }

    private static void collect(NestableJsonFacet node, int depth, List<String> path, Map<List<String>, Integer> out) {
        BucketBasedJsonFacet level = node.getBucketBasedFacets("f" + path.size());
        if (level == null) return;
        for (BucketJsonFacet b : level.getBuckets()) {
            path.add(String.valueOf(b.getVal()));
            if (path.size() == depth) out.put(List.copyOf(path), Math.toIntExact(b.getCount()));
            else collect(b, depth, path, out);
            path.remove(path.size() - 1);
        }
    }
}
