package org.shuzhi.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;

/** The archive's Lucene queries as Solr parameters, and the location's spelling. */
class SolrQueriesTest {
    @Test
    void aBooleanQueryBecomesBoolWithItsClausesAsReferences() {
        BooleanQuery words = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", "到课率")), Occur.SHOULD)
                .add(new PhraseQuery("text", "青年", "教师"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(2)
                .build();
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("type", "paragraph")), Occur.FILTER)
                .add(words, Occur.MUST)
                .add(IntPoint.newRangeQuery("year", 2021, Integer.MAX_VALUE), Occur.FILTER)
                .add(new TermQuery(new Term("unit_key", "城东小学党支部")), Occur.MUST_NOT)
                .build();
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries.set(p, "q", q);
        assertEquals("{!bool filter=$qq0 must=$qq1 filter=$qq4 must_not=$qq5}", p.get("q"));
        assertEquals("{!term f=type}paragraph", p.get("qq0"));
        assertEquals("{!bool should=$qq2 should=$qq3 mm=2}", p.get("qq1"));
        assertEquals("{!term f=text}到课率", p.get("qq2"));
        assertEquals("{!field f=text}青年 教师", p.get("qq3"));
        assertEquals("{!lucene}year:[2021 TO *]", p.get("qq4"));
        assertEquals("{!term f=unit_key}城东小学党支部", p.get("qq5"));
    }

    /** A fingerprint piece weighed by the client: a constant score, the weight written so that it reads back the same float. */
    @Test
    void aConstantScoreTermKeepsItsExactWeight() {
        float idf = (float) Math.log(1 + 194_410.0 / 3.0);
        float tiny = 1.0e-5f;
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("pieces", "党建引领:基层"))), idf), Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("pieces", "组织生活"))), tiny), Occur.SHOULD)
                .build();
        ModifiableSolrParams p = new ModifiableSolrParams();
        SolrQueries.set(p, "q", q);
        String first = p.get("qq0"), second = p.get("qq1");
        assertEquals("{!lucene}pieces:党建引领\\:基层^=" + new java.math.BigDecimal(Float.toString(idf)).toPlainString(), first);
        assertEquals(idf, Float.parseFloat(first.substring(first.indexOf("^=") + 2)));
        // the query parser reads no exponent (1.0E-5): the plain digits instead
        assertEquals("{!lucene}pieces:组织生活^=0.000010", second);
        assertEquals(tiny, Float.parseFloat(second.substring(second.indexOf("^=") + 2)));
        assertThrows(IllegalArgumentException.class, () -> SolrQueries.set(new ModifiableSolrParams(), "q",
                new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("pieces", "两个 词"))), 1f)));
    }

    @Test
    void aQueryWithoutASolrFormIsRefusedNotApproximated() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        assertThrows(IllegalArgumentException.class, () -> SolrQueries.set(p, "q", new WildcardQuery(new Term("text", "党*"))));
        PhraseQuery gap = new PhraseQuery.Builder().add(new Term("text", "党员"), 0).add(new Term("text", "教育"), 2).build();
        assertThrows(IllegalArgumentException.class, () -> SolrQueries.set(p, "q", gap));
    }

    @Test
    void theLocationTakesHostsChrootAndTheEnvironmentsCollectionAndCredentials() {
        SolrLocation l = SolrLocation.parse(" zk1:2181, zk2:2181 ,zk3:2181/solr ", Map.of(SolrLocation.ENV_COLLECTION, "shuzhi_2026",
                SolrLocation.ENV_USER, "shuzhi", SolrLocation.ENV_PASSWORD, "secret"));
        assertEquals(List.of("zk1:2181", "zk2:2181", "zk3:2181"), l.zkHosts());
        assertEquals(Optional.of("/solr"), l.chroot());
        assertEquals("shuzhi_2026", l.collection());
        assertEquals("shuzhi", l.user());
        assertEquals("secret", l.password());
        SolrLocation bare = SolrLocation.parse("localhost:9983", Map.of());
        assertEquals(Optional.empty(), bare.chroot());
        assertEquals(SolrLocation.DEFAULT_COLLECTION, bare.collection());
        assertEquals(null, bare.user());
        assertEquals(false, l.toString().contains("secret"), "the password never appears in messages");
    }
}
