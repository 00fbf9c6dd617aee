package org.shuzhi.archive.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.shuzhi.archive.ArchiveSearcher;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.ArchiveStatistics;
import org.shuzhi.archive.DerivedFacts;

/**
 * The archive's derived facts ({@link DerivedFacts}): a unit's {@link UnitFacts} as documents of the index, one
 * per problem and one per commitment, and read back. Found by the store through {@code META-INF/services}.
 */
public final class HistoryFacts implements DerivedFacts {
    /** Separates the items of a stored list (key terms may hold 、 or ，). */
    public static final String SEP = "\u001f";

    @Override
    public Builder over(ArchiveSearcher searcher, ArchiveStatistics.Shared shared) {
        // bigram frequencies are looked up once per reader for all units of the commit
        return new Builder() {
            @Override
            public List<Document> documents(String unitKey, java.util.Map<String, DerivedFacts.Fresh> fresh) throws IOException {
                return HistoryFacts.documents(UnitFacts.of(searcher, unitKey, new ArchiveStatistics(searcher, null, shared), fresh));
            }

            @Override
            public void prepare(java.util.Map<String, DerivedFacts.Fresh> fresh) throws IOException {
                new ArchiveStatistics(searcher, null, shared).prefetchGrams(UnitFacts.grams(fresh.values()));
            }
        };
    }

    static List<Document> documents(UnitFacts.Facts facts) {
        List<Document> out = new ArrayList<>();
        for (ProblemFact p : facts.problems()) {
            Document d = common(ArchiveSchema.TYPE_PROBLEM_FACT, facts, p.year(), p.paragraph(), p.text());
            if (p.theme() != null) {
                d.add(new StoredField(ArchiveSchema.FACT_THEME, p.theme()));
                d.add(new BinaryDocValuesField(ArchiveSchema.FACT_THEME, new BytesRef(p.theme())));
            }
            String raised = join(p.raised().stream().map(String::valueOf).toList());
            d.add(new StoredField(ArchiveSchema.RAISED, raised));
            d.add(new BinaryDocValuesField(ArchiveSchema.RAISED, new BytesRef(raised)));
            List<Integer> latestFirst = new ArrayList<>(p.raised());
            latestFirst.sort(Comparator.reverseOrder());
            d.add(new IntPoint(ArchiveSchema.RECURRENCE, p.recurrence()));
            d.add(new NumericDocValuesField(ArchiveSchema.RECURRENCE, p.recurrence()));
            d.add(new IntPoint(ArchiveSchema.RAISED_SECOND, latestFirst.size() > 1 ? latestFirst.get(1) : 0));
            d.add(new IntPoint(ArchiveSchema.RAISED_THIRD, latestFirst.size() > 2 ? latestFirst.get(2) : 0));
            d.add(new IntPoint(ArchiveSchema.REPEATED_IN, p.repeatedIn()));
            d.add(new StoredField(ArchiveSchema.REPEATED_IN, p.repeatedIn()));
            d.add(new StoredField(ArchiveSchema.EARLIER, join(p.earlier().stream()
                    .map(e -> e.year() + ":" + e.paragraph() + ":" + e.similarity()).toList())));
            out.add(d);
        }
        for (CommitmentFact c : facts.commitments()) {
            Document d = common(ArchiveSchema.TYPE_COMMITMENT_FACT, facts, c.year(), c.paragraph(), c.text());
            d.add(new StoredField(ArchiveSchema.PLAN_YEAR, c.planYear()));
            d.add(new StringField(ArchiveSchema.STATUS, c.status().name(), Field.Store.YES));
            d.add(new NumericDocValuesField(ArchiveSchema.STATUS, c.status().ordinal()));
            d.add(new StoredField(ArchiveSchema.SHARE, c.share()));
            d.add(new StoredField(ArchiveSchema.ANSWER, c.answer()));
            d.add(new StoredField(ArchiveSchema.NAMED, join(c.named())));
            d.add(new StoredField(ArchiveSchema.MISSING, join(c.missing())));
            out.add(d);
        }
        return out;
    }

    private static Document common(String type, UnitFacts.Facts facts, int year, int paragraph, String text) {
        Document d = new Document();
        d.add(new StringField(ArchiveSchema.TYPE, type, Field.Store.NO));
        d.add(new StringField(ArchiveSchema.FACTS_OF, facts.unitKey(), Field.Store.YES));
        d.add(new SortedDocValuesField(ArchiveSchema.FACTS_OF, new BytesRef(facts.unitKey())));
        d.add(new StoredField(ArchiveSchema.UNIT, facts.unit()));
        d.add(new BinaryDocValuesField(ArchiveSchema.FACT_UNIT, new BytesRef(facts.unit())));
        d.add(new IntPoint(ArchiveSchema.YEAR, year));
        d.add(new StoredField(ArchiveSchema.YEAR, year));
        d.add(new NumericDocValuesField(ArchiveSchema.YEAR, year));
        d.add(new StoredField(ArchiveSchema.FACT_PARAGRAPH, paragraph));
        d.add(new NumericDocValuesField(ArchiveSchema.FACT_PARAGRAPH, paragraph));
        d.add(new StoredField(ArchiveSchema.FACT_TEXT, text));
        // every document of a field gives it the same schema (Lucene checks): commitments carry the column too
        d.add(new BinaryDocValuesField(ArchiveSchema.FACT_TEXT, new BytesRef(text)));
        return d;
    }

    // ---- reading ----

    /** A unit's facts as stored: problems by year and paragraph, commitments by the year that had to answer and paragraph. */
    public record Stored(List<ProblemFact> problems, List<CommitmentFact> commitments) {}

    /** Both kinds of a unit's facts in one read (a commitment is the fact with a status). */
    public static Stored of(ArchiveSearcher s, String unitKey) throws IOException {
        List<ProblemFact> problems = new ArrayList<>();
        List<CommitmentFact> commitments = new ArrayList<>();
        for (Document d : s.all(new TermQuery(new Term(ArchiveSchema.FACTS_OF, unitKey)))) {
            if (d.get(ArchiveSchema.STATUS) != null) commitments.add(commitment(d));
            else problems.add(problem(d));
        }
        problems.sort(Comparator.comparingInt(ProblemFact::year).thenComparingInt(ProblemFact::paragraph));
        commitments.sort(Comparator.comparingInt(CommitmentFact::year).thenComparingInt(CommitmentFact::paragraph));
        return new Stored(problems, commitments);
    }

    /** A unit's problem facts as stored, by year and paragraph. */
    public static List<ProblemFact> problems(ArchiveSearcher s, String unitKey) throws IOException {
        List<ProblemFact> out = new ArrayList<>();
        for (Document d : s.all(of(ArchiveSchema.TYPE_PROBLEM_FACT, unitKey))) out.add(problem(d));
        out.sort(Comparator.comparingInt(ProblemFact::year).thenComparingInt(ProblemFact::paragraph));
        return out;
    }

    /** A unit's commitment facts as stored, by the year that had to answer and the plan's paragraph. */
    public static List<CommitmentFact> commitments(ArchiveSearcher s, String unitKey) throws IOException {
        List<CommitmentFact> out = new ArrayList<>();
        for (Document d : s.all(of(ArchiveSchema.TYPE_COMMITMENT_FACT, unitKey))) out.add(commitment(d));
        out.sort(Comparator.comparingInt(CommitmentFact::year).thenComparingInt(CommitmentFact::paragraph));
        return out;
    }

    public static ProblemFact problem(Document d) {
        List<Integer> raised = split(d.get(ArchiveSchema.RAISED)).stream().map(Integer::valueOf).toList();
        List<ProblemFact.Earlier> earlier = new ArrayList<>();
        for (String e : split(d.get(ArchiveSchema.EARLIER))) {
            String[] f = e.split(":");
            earlier.add(new ProblemFact.Earlier(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2])));
        }
        return new ProblemFact(ArchiveSchema.year(d), number(d, ArchiveSchema.FACT_PARAGRAPH), d.get(ArchiveSchema.FACT_TEXT),
                d.get(ArchiveSchema.FACT_THEME), raised, earlier, number(d, ArchiveSchema.REPEATED_IN));
    }

    public static CommitmentFact commitment(Document d) {
        return new CommitmentFact(ArchiveSchema.year(d), number(d, ArchiveSchema.PLAN_YEAR), number(d, ArchiveSchema.FACT_PARAGRAPH),
                d.get(ArchiveSchema.FACT_TEXT), CommitmentFact.Status.valueOf(d.get(ArchiveSchema.STATUS)),
                d.getField(ArchiveSchema.SHARE).numericValue().doubleValue(), number(d, ArchiveSchema.ANSWER),
                split(d.get(ArchiveSchema.NAMED)), split(d.get(ArchiveSchema.MISSING)));
    }

    private static Query of(String type, String unitKey) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.FACTS_OF, unitKey)), Occur.FILTER)
                .build();
    }

    private static int number(Document d, String field) {
        return d.getField(field).numericValue().intValue();
    }

    private static String join(List<String> items) {
        return String.join(SEP, items);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(SEP));
    }
}
