package org.shuzhi.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of the product's paragraphs each gold paragraph of a held-out set is. The gold rows are the
 * annotator's paragraphs; the product's may differ: paragraphs run together with spaces that the product
 * does or does not split, table cells, page debris. So rows are aligned by order and by their first
 * characters (labels/ID.tsv's third column), not by index: each row's characters are looked for in the
 * product's text from where the previous row was found on, whitespace ignored and compatibility
 * characters folded (NFKC) on both sides (see {@link #find} for which occurrence counts).
 * <ul>
 *   <li>a row found at the start of a product paragraph is that paragraph;</li>
 *   <li>a row found inside one (the product did not split a run-together line) is that paragraph too, so
 *       several rows may share one product paragraph;</li>
 *   <li>a product paragraph no row starts (the product split what the annotator kept whole) continues the
 *       row before it ({@link #owner});</li>
 *   <li>a row whose characters are not found is an alignment failure ({@link #failures}).</li>
 * </ul>
 */
public final class Alignment {
    /** Where a gold row was found. */
    public enum Match { START, INSIDE, MISSING }

    private final int[] productOf;
    private final Match[] matches;
    private final int products;

    private Alignment(int[] productOf, Match[] matches, int products) {
        this.productOf = productOf;
        this.matches = matches;
        this.products = products;
    }

    /**
     * @param gold     the gold rows in order
     * @param products the product's paragraph texts in order
     */
    public static Alignment of(List<GoldParagraph> gold, List<String> products) {
        int[] productOf = new int[gold.size()];
        Match[] matches = new Match[gold.size()];
        // the product's text as one stream of keys, with where each paragraph starts in it
        StringBuilder stream = new StringBuilder();
        int[] starts = new int[products.size() + 1];
        for (int j = 0; j < products.size(); j++) {
            starts[j] = stream.length();
            stream.append(key(products.get(j)));
        }
        starts[products.size()] = stream.length();
        String text = stream.toString();
        int cursor = 0;
        for (int i = 0; i < gold.size(); i++) {
            String k = key(gold.get(i).prefix());
            if (k.isEmpty()) {
                // no characters to look for: the row is the product paragraph of the same index, if any
                boolean there = gold.size() == products.size();
                productOf[i] = there ? i : -1;
                matches[i] = there ? Match.START : Match.MISSING;
                continue;
            }
            int at = find(text, starts, k, cursor);
            if (at < 0) {
                productOf[i] = -1;
                matches[i] = Match.MISSING;
                continue;
            }
            int j = paragraphAt(starts, at);
            productOf[i] = j;
            matches[i] = at == starts[j] ? Match.START : Match.INSIDE;
            cursor = at + k.length();
        }
        return new Alignment(productOf, matches, products.size());
    }

    /**
     * Where row key {@code k} is, from {@code cursor} on: inside the paragraph the previous row was found in
     * (they were run together), else at the start of a later paragraph, else anywhere later; -1 if nowhere.
     * A short key that also occurs inside an earlier paragraph ("述职报告" in a line of page debris) so still
     * goes to the paragraph it starts.
     */
    private static int find(String text, int[] starts, String k, int cursor) {
        int first = text.indexOf(k, cursor);
        if (first < 0) return -1;
        if (cursor > 0) {
            int current = paragraphAt(starts, cursor - 1);
            if (first < starts[current + 1]) return first;
        }
        for (int at = first; at >= 0; at = text.indexOf(k, at + 1)) {
            if (Arrays.binarySearch(starts, 0, starts.length - 1, at) >= 0) return at;
        }
        return first;
    }

    /** The paragraph whose span of the stream holds position {@code at}. */
    private static int paragraphAt(int[] starts, int at) {
        int j = Arrays.binarySearch(starts, 0, starts.length - 1, at);
        if (j >= 0) {
            // empty keys share a start: the last paragraph starting here that is not empty
            while (j + 1 < starts.length - 1 && starts[j + 1] == at) j++;
            return j;
        }
        return -j - 2;
    }

    /** What is compared: no white space, compatibility forms folded (Kangxi radicals, full-width letters). */
    static String key(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}\\u200B-\\u200F\\uFEFF]+", "");
    }

    /** The product paragraph of gold row {@code gold}, or -1 when the row was not found. */
    public int product(int gold) {
        return productOf[gold];
    }

    public Match match(int gold) {
        return matches[gold];
    }

    public int golds() {
        return productOf.length;
    }

    /** The gold rows aligned with product paragraph {@code product}, in order (several where it was not split). */
    public List<Integer> golds(int product) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < productOf.length; i++) if (productOf[i] == product) out.add(i);
        return out;
    }

    /**
     * The gold row a finding on product paragraph {@code product} is about: its first row, or for a
     * paragraph no row starts, the last row of the nearest paragraph before it that has one (the product
     * split that row); null before the first aligned row.
     */
    public Integer owner(int product) {
        for (int j = product; j >= 0; j--) {
            List<Integer> rows = golds(j);
            if (!rows.isEmpty()) return j == product ? rows.get(0) : rows.get(rows.size() - 1);
        }
        return null;
    }

    /** Gold rows whose characters were not found in the product's text. */
    public List<Integer> failures() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < matches.length; i++) if (matches[i] == Match.MISSING) out.add(i);
        return out;
    }

    /** Gold rows found inside a product paragraph rather than at its start (run together, not split). */
    public int inside() {
        return (int) Arrays.stream(matches).filter(m -> m == Match.INSIDE).count();
    }

    /** Product paragraphs that no gold row is aligned with (the product split a row, or debris not annotated). */
    public int unclaimed() {
        int n = 0;
        for (int j = 0; j < products; j++) if (golds(j).isEmpty()) n++;
        return n;
    }

    /** One row per paragraph, each at the start of the paragraph of its own index: as reading by index would give. */
    public boolean identity() {
        if (productOf.length != products) return false;
        for (int i = 0; i < productOf.length; i++) if (productOf[i] != i || matches[i] != Match.START) return false;
        return true;
    }
}
