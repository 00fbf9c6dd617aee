package org.shuzhi.archive;

import java.util.List;
import java.util.Set;
import org.shuzhi.archive.themes.ProblemThemes;
import org.shuzhi.archive.themes.ThemeClassifier;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.TextNormalizer;
import org.shuzhi.nlp.Token;

/**
 * A paragraph as the cross-report checks compare it: its normalised text, character bigrams, content
 * words and problem topics, each computed on first use (most candidates need only some of them).
 */
public final class Passage {
    private final String text;
    private final String normalized;
    private List<Token> tokens;
    private PassageSimilarity.Grams grams;
    private PassageSimilarity.Letters letters;
    private Set<String> words;
    private Set<String> topics;
    private List<ProblemStatements.Statement> statements;
    private ThemeClassifier.Assignment theme;
    private Boolean causeAnalysis;
    private int gramCount = -1;

    private Passage(String text, List<Token> tokens) {
        this(text, TextNormalizer.normalize(text), tokens);
    }

    private Passage(String text, String normalized, List<Token> tokens) {
        this.text = text;
        this.normalized = normalized;
        this.tokens = tokens;
    }

    public static Passage of(String text) {
        return new Passage(text, null);
    }

    /** A paragraph of the report under review, reusing the tokens the analysis already made. */
    public static Passage of(AnalyzedParagraph p) {
        // the analysis normalised the text already, the same way
        return new Passage(p.text(), p.normalized(), p.tokens());
    }

    public String text() {
        return text;
    }

    /** Same length as {@link #text()}: offsets into one are offsets into the other. */
    public String normalized() {
        return normalized;
    }

    PassageSimilarity.Grams grams() {
        if (grams == null) grams = PassageSimilarity.ofNormalized(normalized);
        return grams;
    }

    /** {@link Similarities#isCauseAnalysis}, once: indexing and the unit's facts both ask. */
    boolean causeAnalysis() {
        if (causeAnalysis == null) causeAnalysis = Similarities.isCauseAnalysisOfNormalized(normalized);
        return causeAnalysis;
    }

    /** How many distinct bigrams {@link #grams()} holds, without building them when they are not needed otherwise. */
    int gramCount() {
        if (gramCount < 0) gramCount = grams != null ? grams.size() : PassageSimilarity.distinctBigrams(normalized);
        return gramCount;
    }

    /** The letters and digits of the normalised text, with their offsets: what copies are measured in. */
    PassageSimilarity.Letters letters() {
        if (letters == null) letters = PassageSimilarity.Letters.of(normalized);
        return letters;
    }

    /** HanLP tokens of the normalised text (offsets into it). */
    List<Token> tokens() {
        if (tokens == null) tokens = org.shuzhi.nlp.Segmenter.tokens(normalized);
        return tokens;
    }

    Set<String> words() {
        if (words == null) words = ContentWords.of(tokens());
        return words;
    }

    /** The problems the paragraph states, lead-ins dropped ({@link ProblemStatements}). */
    List<ProblemStatements.Statement> statements() {
        if (statements == null) statements = ProblemStatements.of(this);
        return statements;
    }

    /**
     * Adds the character bigrams whose frequencies comparing this problem with another asks for: those of its
     * statements and of their words ({@link ArchiveStatistics#wordIdf}).
     */
    public void repeatGrams(Set<String> into) {
        for (ProblemStatements.Statement st : statements()) {
            into.addAll(st.grams().first().keySet());
            for (String w : st.words()) {
                String n = TextNormalizer.normalize(w);
                for (int i = 0; i + 1 < n.length(); i++) into.add(n.substring(i, i + 2));
            }
        }
    }

    Set<String> topics() {
        if (topics == null) topics = ProblemThemes.standard().topicsOfNormalized(normalized);
        return topics;
    }

    /**
     * The theme of a problem paragraph (null: none), judged by what its first stated problem says
     * ({@link ProblemStatements}: lead-ins skipped) and by the whole paragraph. Computed once: indexing gives it
     * to the paragraph and the unit's history to its problem, from the same passage.
     */
    public ThemeClassifier.Assignment theme() {
        if (theme == null) {
            Set<String> headTopics = statements().isEmpty() ? topics() : statements().get(0).topics();
            // the cues run over the whole text only when a topic named there could change the outcome
            theme = Themes.CLASSIFIER.assign(problemHeadWords(), headTopics, words(), this::topics);
        }
        return theme;
    }

    /** The first sentence of the first problem the paragraph states (the whole text when it states none). */
    String problemHead() {
        return statements().isEmpty() ? normalized : ProblemStatements.head(statements().get(0).text());
    }

    /** The content words of {@link #problemHead()}, from the paragraph's own tokens (no second segmentation). */
    Set<String> problemHeadWords() {
        if (statements().isEmpty()) return words();
        String head = problemHead();
        int at = normalized.indexOf(head);
        if (at < 0) return ContentWords.of(head);
        List<Token> in = new java.util.ArrayList<>();
        for (Token t : tokens()) if (t.start() >= at && t.end() <= at + head.length()) in.add(t);
        return ContentWords.of(in);
    }

    /** Built on first use: segmenting the examples takes a moment that a review without the archive never needs. */
    private static final class Themes {
        static final ThemeClassifier CLASSIFIER = new ThemeClassifier(ProblemThemes.standard(), ContentWords::of);
    }

    boolean sharesTopic(Passage other) {
        for (String t : topics()) if (other.topics().contains(t)) return true;
        return false;
    }
}
