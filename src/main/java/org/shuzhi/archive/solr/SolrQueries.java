package org.shuzhi.archive.solr;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The archive's own Lucene queries (built by ArchiveQueries from the product's analysis) written as Solr
 * parameters, clause by clause, so that Solr runs the same query: a term as {@code {!term}}, a phrase of
 * consecutive words as {@code {!field}} (the field's query analyzer only splits at blanks), a boolean query as
 * {@code {!bool}} with its clauses as parameter references (no escaping of user text anywhere), a year range as
 * {@code {!lucene}} on the point field, a term of constant score {@code field:term^=w}. A query of another shape is refused rather than approximated.
 */
final class SolrQueries {
    private final ModifiableSolrParams params;
    private int next;

    private SolrQueries(ModifiableSolrParams params) {
        this.params = params;
    }

    /** Sets {@code q} to {@code query} in {@code params} (the clauses as further parameters). */
    static void set(ModifiableSolrParams params, String name, Query query) {
        new SolrQueries(params).put(name, query);
    }

    private void put(String name, Query q) {
        params.set(name, write(q));
    }

    private String ref(Query q) {
        String name = "qq" + next++;
        put(name, q);
        return "$" + name;
    }

    private String write(Query q) {
        if (q instanceof TermQuery t) return "{!term f=" + t.getTerm().field() + "}" + t.getTerm().text();
        if (q instanceof BoostQuery b && b.getQuery() instanceof ConstantScoreQuery c && c.getQuery() instanceof TermQuery t) {
            return constantScore(t.getTerm(), b.getBoost());
        }
        if (q instanceof MatchAllDocsQuery) return "*:*";
        // a field of doc values: Solr's existence query for it is Lucene's FieldExistsQuery
        if (q instanceof FieldExistsQuery e) return "{!lucene}" + e.getField() + ":*";
        if (q instanceof MatchNoDocsQuery) return "{!term f=type}-";
        if (q instanceof PhraseQuery p) return phrase(p);
        if (q instanceof PointRangeQuery r && r.getNumDims() == 1) {
            int lo = IntPoint.decodeDimension(r.getLowerPoint(), 0), hi = IntPoint.decodeDimension(r.getUpperPoint(), 0);
            return "{!lucene}" + r.getField() + ":[" + (lo == Integer.MIN_VALUE ? "*" : lo) + " TO "
                    + (hi == Integer.MAX_VALUE ? "*" : hi) + "]";
        }
        if (q instanceof BooleanQuery b) {
            StringBuilder sb = new StringBuilder("{!bool");
            for (BooleanClause c : b.clauses()) {
                String occur = switch (c.getOccur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case FILTER -> "filter";
                    case MUST_NOT -> "must_not";
                };
                sb.append(' ').append(occur).append('=').append(ref(c.getQuery()));
            }
            if (b.getMinimumNumberShouldMatch() > 0) sb.append(" mm=").append(b.getMinimumNumberShouldMatch());
            return sb.append('}').toString();
        }
        throw new IllegalArgumentException("no Solr form for " + q.getClass().getSimpleName() + ": " + q);
    }

    /**
     * A term scored by a weight the client computed (a fingerprint piece's rarity): the query parser's constant
     * score, {@code field:term^=w}, the term escaped; the weight as Java writes a float, which reads back exactly.
     */
    private static String constantScore(Term term, float boost) {
        if (term.text().isEmpty() || term.text().chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("no Solr form for a term with blanks: " + term);
        }
        return "{!lucene}" + term.field() + ":" + ClientUtils.escapeQueryChars(term.text()) + "^="
                + new java.math.BigDecimal(Float.toString(boost)).toPlainString(); // the parser reads no exponent
    }

    private static String phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        StringBuilder sb = new StringBuilder("{!field f=" + terms[0].field() + "}");
        for (int i = 0; i < terms.length; i++) {
            if (positions[i] != i || terms[i].text().chars().anyMatch(Character::isWhitespace) || p.getSlop() != 0) {
                throw new IllegalArgumentException("no Solr form for a phrase with gaps or blanks: " + p);
            }
            if (i > 0) sb.append(' ');
            sb.append(terms[i].text());
        }
        return sb.toString();
    }
}
