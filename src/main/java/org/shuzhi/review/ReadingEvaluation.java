package org.shuzhi.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.shuzhi.classify.Figures;
import org.shuzhi.corpus.Alignment;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.corpus.GoldParagraph;
import org.shuzhi.document.Part;

/**
 * How well the product reads the reports of a held-out set, as a user gets them ({@link Review}s), against
 * the set's annotation: each gold paragraph's label (page debris counted as {@code other}) and section
 * through the {@link Alignment}, page debris when the product marks it (a boolean {@code debris} on a
 * paragraph of the JSON contract), and unit, year, role and name ({@link MetaMatch}). Gold rows that could
 * not be aligned are listed and left out of the label and section figures.
 */
public final class ReadingEvaluation {
    /** A count of matches. */
    public record Tally(int correct, int total) {
        public double accuracy() {
            return total == 0 ? Double.NaN : correct / (double) total;
        }
    }

    /**
     * Something read differently from the annotation.
     *
     * @param what      label, section, debris, alignment, or the metadata field (unit, year, role, name)
     * @param paragraph the gold row, null for metadata
     */
    public record Miss(String what, String report, Integer paragraph, String gold, String product, String text) {}

    /** The metadata fields, in the order they are shown. */
    public static final List<String> FIELDS = List.of("unit", "year", "role", "name");

    private final List<Part> goldLabels = new ArrayList<>();
    private final List<Part> productLabels = new ArrayList<>();
    private int sectionCorrect, sectionTotal;
    private int debrisTp, debrisFp, debrisFn;
    private boolean debrisMarked;
    private final Map<String, int[]> meta = new LinkedHashMap<>();
    private int reports, goldRows, inside, unclaimed;
    private final List<Miss> misses = new ArrayList<>();

    private final Function<ParagraphResult, Boolean> debrisMark;

    /** Reads the product's debris marks from the JSON contract (see {@link #debris}). */
    public ReadingEvaluation() {
        this(ReadingEvaluation::debris);
    }

    /** @param debrisMark a paragraph's debris mark, or null when the product marks none */
    public ReadingEvaluation(Function<ParagraphResult, Boolean> debrisMark) {
        this.debrisMark = debrisMark;
        for (String f : FIELDS) meta.put(f, new int[2]);
    }

    /** Adds one report: its manifest entry, gold rows, their alignment with the review's paragraphs, the review. */
    public void add(CorpusEntry entry, List<GoldParagraph> gold, Alignment alignment, Review review) {
        reports++;
        goldRows += gold.size();
        inside += alignment.inside();
        unclaimed += alignment.unclaimed();
        String id = entry.id();
        for (int i = 0; i < gold.size(); i++) {
            GoldParagraph g = gold.get(i);
            int j = alignment.product(i);
            if (j < 0) {
                misses.add(new Miss("alignment", id, g.index(), "“" + g.prefix() + "”", "—", "not found in the product's paragraphs"));
                continue;
            }
            ParagraphResult p = review.paragraphs().get(j);
            goldLabels.add(g.label());
            productLabels.add(p.label());
            if (g.label() != p.label()) misses.add(new Miss("label", id, g.index(), g.label().id(), p.label().id(), p.text()));
            if (g.section() != null) {
                sectionTotal++;
                if (g.section() == p.section()) sectionCorrect++;
                else misses.add(new Miss("section", id, g.index(), g.section().id(), p.section().id(), p.text()));
            }
            Boolean debris = debrisMark.apply(p);
            if (debris != null) {
                debrisMarked = true;
                if (g.debris() && debris) debrisTp++;
                else if (debris) debrisFp++;
                else if (g.debris()) debrisFn++;
                if (g.debris() != debris) misses.add(new Miss("debris", id, g.index(), String.valueOf(g.debris()), String.valueOf(debris), p.text()));
            } else if (g.debris()) {
                debrisFn++;
            }
        }
        ReviewMeta m = review.meta();
        compare(id, "unit", entry.unit(), m.unit(), MetaMatch::sameUnit);
        compare(id, "year", entry.year(), m.year(), MetaMatch::sameYear);
        compare(id, "role", entry.role(), m.role(), MetaMatch::sameRole);
        if (entry.nameAnnotated()) compare(id, "name", entry.name(), m.name(), MetaMatch::sameName);
    }

    private <T> void compare(String id, String field, T gold, T product, BiPredicate<T, T> same) {
        int[] t = meta.get(field);
        t[1]++;
        if (same.test(gold, product)) t[0]++;
        else misses.add(new Miss(field, id, null, gold == null ? "—" : String.valueOf(gold), product == null ? "—" : String.valueOf(product), ""));
    }

    /**
     * The paragraph's {@code debris} mark as the JSON contract carries it, or null while the product marks no
     * debris: read from the JSON so that the evaluation needs no change when the field is added.
     */
    static Boolean debris(ParagraphResult p) {
        return debris((JsonNode) Json.MAPPER.valueToTree(p));
    }

    /** The {@code debris} field of a paragraph of the JSON contract, or null when it has none. */
    static Boolean debris(JsonNode paragraph) {
        JsonNode node = paragraph.get("debris");
        return node == null || node.isNull() ? null : node.asBoolean();
    }

    public int reports() {
        return reports;
    }

    public int goldRows() {
        return goldRows;
    }

    /** Gold rows found inside a product paragraph (run together and not split by the product). */
    public int inside() {
        return inside;
    }

    /** Product paragraphs no gold row starts (the product split a row, or text the annotation does not list). */
    public int unclaimed() {
        return unclaimed;
    }

    public Tally labels() {
        int correct = 0;
        for (int i = 0; i < goldLabels.size(); i++) if (goldLabels.get(i) == productLabels.get(i)) correct++;
        return new Tally(correct, goldLabels.size());
    }

    /** Macro-F1 and per-label figures of the aligned rows, or null when there are none. */
    public Figures labelFigures() {
        return goldLabels.isEmpty() ? null : Figures.ofLabels(goldLabels, productLabels);
    }

    /** Rows whose section is annotated (total 0: the set annotates none). */
    public Tally sections() {
        return new Tally(sectionCorrect, sectionTotal);
    }

    /** Whether the product marked debris on any paragraph at all (the field exists). */
    public boolean debrisMarked() {
        return debrisMarked;
    }

    /** Debris found: true positives, false positives, false negatives. */
    public int[] debris() {
        return new int[] {debrisTp, debrisFp, debrisFn};
    }

    /** A metadata field's matches; total 0 when the set does not annotate it (name in older sets). */
    public Tally meta(String field) {
        int[] t = meta.get(field);
        return new Tally(t[0], t[1]);
    }

    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    public List<Miss> failures() {
        return misses.stream().filter(m -> m.what().equals("alignment")).toList();
    }
}
