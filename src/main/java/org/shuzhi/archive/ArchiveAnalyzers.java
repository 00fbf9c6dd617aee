package org.shuzhi.archive;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.shuzhi.nlp.Segmenter;
import org.shuzhi.nlp.TextNormalizer;
import org.shuzhi.nlp.Token;

/**
 * The one place that builds the archive's Chinese analysis. Every analyzer first folds the text with
 * {@link TextNormalizer} (one character in, one out, so offsets still point into the original text).
 * {@link ArchiveSchema#TEXT} uses the chosen {@link Tokens}; {@link ArchiveSchema#GRAMS} always uses
 * character bigrams, so a phrase query there is a substring test (phrase commonness).
 */
public final class ArchiveAnalyzers {
    /** The word units the text field is indexed with; the choice is stored with the index. */
    public enum Tokens {
        /** Lucene's SmartChineseAnalyzer (HMM word segmentation). */
        SMARTCN,
        /** HanLP StandardTokenizer with the domain dictionary (the same words the rules see). */
        HANLP,
        /** Overlapping character bigrams (CJKAnalyzer). */
        BIGRAM;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Tokens of(String id) {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Chosen by measurement on the corpus: see docs/archive-evaluation.md. */
    public static final Tokens DEFAULT = Tokens.HANLP;

    private ArchiveAnalyzers() {}

    /** The index-wide analyzer: {@code tokens} for the text field, bigrams for the grams field. */
    public static Analyzer forIndex(Tokens tokens) {
        return new PerFieldAnalyzerWrapper(text(tokens), Map.of(ArchiveSchema.GRAMS, bigrams()));
    }

    public static Analyzer text(Tokens tokens) {
        return switch (tokens) {
            case SMARTCN -> normalizing(new SmartChineseAnalyzer(true));
            case HANLP -> new HanLpAnalyzer();
            case BIGRAM -> bigrams();
        };
    }

    public static Analyzer bigrams() {
        return normalizing(new CJKAnalyzer(CharArraySet.EMPTY_SET));
    }

    /** The analyzed terms of a text, in order (for building queries from a passage). */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        return words(analyzer, field, text).stream().map(Word::term).toList();
    }

    /** One analyzed term with its position and its characters in the analyzed text. */
    record Word(String term, int position, int start, int end) {
        /** One character: a word the segmenter did not know is often left as such fragments. */
        boolean single() {
            return end - start == 1;
        }
    }

    /** The analyzed terms of a text with positions and offsets (to keep the words of a query together). */
    static List<Word> words(Analyzer analyzer, String field, String text) {
        List<Word> out = new java.util.ArrayList<>();
        try (var ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            var increment = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Word(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer normalizing(Analyzer inner) {
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return inner;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return normalizing(reader);
            }
        };
    }

    static Reader normalizing(Reader reader) {
        return new StringReader(TextNormalizer.normalize(readAll(reader)));
    }

    static String readAll(Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = reader.read(buf)) > 0; ) sb.append(buf, 0, n);
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text field's tokens from a paragraph the review analysis already segmented, exactly as
     * {@link HanLpAnalyzer} would make them from its text (same words, offsets and lower-casing); null when
     * the archive's text field uses other tokens (then the index analyzer runs as usual).
     */
    static org.apache.lucene.analysis.TokenStream preAnalyzed(Tokens tokens, List<Token> words, int length) {
        if (tokens != Tokens.HANLP) return null;
        TokenList source = new TokenList(words, length);
        return new LowerCaseFilter(source);
    }

    /** A token stream of given terms (for fields that are only looked up). */
    static org.apache.lucene.analysis.TokenStream keywords(java.util.Collection<String> terms) {
        java.util.Iterator<String> it = terms.iterator();
        return new org.apache.lucene.analysis.TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            public boolean incrementToken() {
                if (!it.hasNext()) return false;
                clearAttributes();
                term.setEmpty().append(it.next());
                return true;
            }
        };
    }

    /** HanLP's words as tokens: punctuation and blanks dropped (the one rule both token sources share). */
    private static List<Token> indexed(List<Token> words) {
        return words.stream().filter(t -> !t.isPunctuation() && !t.word().isBlank()).toList();
    }

    /** One word as the text field's token: both token sources emit through here. */
    private static void emit(Token t, CharTermAttribute term, OffsetAttribute offset, java.util.function.IntUnaryOperator correct) {
        term.setEmpty().append(t.word().strip());
        offset.setOffset(correct.applyAsInt(t.start()), correct.applyAsInt(t.end()));
    }

    /** Emits given words with their offsets. */
    private static final class TokenList extends org.apache.lucene.analysis.TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<Token> tokens;
        private final int length;
        private int next;

        TokenList(List<Token> words, int length) {
            this.tokens = indexed(words);
            this.length = length;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size()) return false;
            clearAttributes();
            emit(tokens.get(next++), term, offset, o -> o);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(length, length);
        }
    }

    /** HanLP words (punctuation dropped), lower-cased. */
    static final class HanLpAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new HanLpTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    }

    /** Emits HanLP's words with their offsets; the segmenter needs the whole text, so it reads it all first. */
    static final class HanLpTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private List<Token> tokens = List.of();
        private int next;
        private int length;

        @Override
        public void reset() throws IOException {
            super.reset();
            String text = TextNormalizer.normalize(readAll(input));
            length = text.length();
            tokens = indexed(Segmenter.tokens(text));
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size()) return false;
            clearAttributes();
            emit(tokens.get(next++), term, offset, this::correctOffset);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(length), correctOffset(length));
        }
    }
}
