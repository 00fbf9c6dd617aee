package org.shuzhi.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Turns a paragraph into a Weka instance: its segmented words and word bigrams (made into a bag of words by
 * the model's StringToWordVector), cue-lexicon counts, numbers with measure words, first-person and
 * collective subjects, relative position in the report, length, and its form (a heading alone, a line
 * ending in a colon that introduces a list). The heading-derived section is
 * deliberately not a feature: the label must come from what the paragraph says.
 */
public final class ParagraphFeatures implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Attributes between the text and the label. */
    private static final int NUMERIC_FEATURES = CueLexicons.NAMES.size() + 7;

    private final CueLexicons cues;

    public ParagraphFeatures(CueLexicons cues) {
        this.cues = cues;
    }

    /**
     * A fresh attribute list: Weka keeps a string attribute's values in the Attribute object (shared by
     * data sets built on it, and even by its copies), so every data set gets its own, or data sets built
     * in parallel folds would corrupt each other's word strings.
     */
    private static ArrayList<Attribute> newAttributes() {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("text", (List<String>) null));
        for (String name : CueLexicons.NAMES) attributes.add(new Attribute("cue_" + name));
        attributes.add(new Attribute("quantities"));
        attributes.add(new Attribute("first_person"));
        attributes.add(new Attribute("collective"));
        attributes.add(new Attribute("position"));
        attributes.add(new Attribute("length"));
        attributes.add(new Attribute("heading_only"));
        attributes.add(new Attribute("ends_with_colon"));
        List<String> labels = new ArrayList<>();
        for (Part p : Part.values()) labels.add(p.id());
        attributes.add(new Attribute("label", labels));
        return attributes;
    }

    /** An empty data set with this feature layout; the class is the last attribute. */
    public Instances header(String name) {
        Instances data = new Instances(name, newAttributes(), 0);
        data.setClassIndex(data.numAttributes() - 1);
        return data;
    }

    /** A paragraph's features before they meet a data set: its words and its numeric features. */
    public record Vector(String words, double[] numbers) {
        /** How many words and bigrams the paragraph has: how much evidence the learner adds up. */
        public int terms() {
            return words.isEmpty() ? 0 : words.split(" ").length;
        }
    }

    /**
     * The paragraph as an instance of {@code data} (which it is not added to).
     *
     * @param position relative position in the report, 0 for the first paragraph and 1 for the last, or NaN
     *                 when unknown (a lone paragraph): Weka treats it as missing
     * @param label    the gold label, or null when classifying
     */
    public Instance instance(Instances data, AnalyzedParagraph p, TextView view, double position, Part label) {
        return instance(data, vector(p, view, position), label);
    }

    public Instance instance(Instances data, Vector vector, Part label) {
        return WekaRows.instance(data, vector.words(), vector.numbers(), label == null ? -1 : label.ordinal());
    }

    public Vector vector(AnalyzedParagraph p, TextView view, double position) {
        String text = view.text(p);
        int start = view.start(p);
        List<String> words = new ArrayList<>();
        int quantities = 0, firstPerson = 0, collective = 0;
        Token previous = null;
        for (Token t : p.tokens()) {
            if (t.start() < start) continue;
            if (t.pos().startsWith("q") && previous != null && previous.isNumeral()) quantities++;
            if (cues.contains(CueLexicons.FIRST_PERSON, t.word())) firstPerson++;
            if (cues.contains(CueLexicons.COLLECTIVE, t.word())) collective++;
            previous = t;
            if (t.isPunctuation() || t.word().isBlank()) continue;
            words.add(word(t));
        }
        double[] v = new double[NUMERIC_FEATURES];
        int i = 0;
        for (String name : CueLexicons.NAMES) v[i++] = Math.log1p(cues.count(name, text));
        v[i++] = Math.log1p(quantities);
        v[i++] = Math.log1p(firstPerson);
        v[i++] = Math.log1p(collective);
        v[i++] = Double.isNaN(position) ? Utils.missingValue() : position;
        v[i++] = Math.log1p(text.length());
        // form, not section: a line that is only a heading, or that introduces a list, says nothing itself
        v[i++] = view == TextView.FULL && p.isHeadingOnly() ? 1 : 0;
        v[i] = text.endsWith("：") || text.endsWith(":") ? 1 : 0;
        return new Vector(wordsAndBigrams(words), v);
    }

    /**
     * Words and adjacent word pairs ("加强+学习") as one space-separated string; made here rather than with
     * Weka's NGramTokenizer, whose regular-expression splitting made training several times slower.
     */
    static String wordsAndBigrams(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (b.length() > 0) b.append(' ');
            b.append(words.get(i));
            if (i > 0) b.append(' ').append(words.get(i - 1)).append('+').append(words.get(i));
        }
        return b.toString();
    }

    /** Figures become one word each, so that "12次" and "6次" count as the same thing. */
    static String word(Token t) {
        boolean digits = t.word().chars().anyMatch(Character::isDigit);
        if (!digits) return t.word();
        if (t.pos().startsWith("t")) return "<TIME>";
        if (t.pos().startsWith("m")) return "<NUM>";
        return t.word().replaceAll("\\d+", "0");
    }
}
