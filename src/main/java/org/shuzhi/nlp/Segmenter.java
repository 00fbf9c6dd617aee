package org.shuzhi.nlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shuzhi.document.TextPieces;

/**
 * HanLP word segmentation with part of speech. The domain dictionary (resource nlp/domain-dict.txt)
 * keeps terms like 三会一课 and 第一责任人 whole. Thread-safe: HanLP's segment is stateless per call.
 */
public final class Segmenter {
    private static final Segment SEGMENT;

    static {
        Logger.getLogger("HanLP").setLevel(Level.SEVERE);
        loadDomainDictionary();
        extendNatureTransitionsOnce();
        SEGMENT = StandardTokenizer.SEGMENT.enableOffset(true).enableCustomDictionary(true)
                .enablePartOfSpeechTagging(true);
    }

    private Segmenter() {}

    /**
     * Words of {@code normalizedText} with offsets into it. A text longer than {@link #CHUNK_CHARS} is
     * segmented piece by piece (cut at sentence ends), since HanLP builds its word lattice for the whole
     * text at once: hundreds of bytes per character.
     */
    public static List<Token> tokens(String normalizedText) {
        if (normalizedText.length() <= CHUNK_CHARS) return tokens(normalizedText, 0, new ArrayList<>());
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String piece : TextPieces.pieces(normalizedText, CHUNK_CHARS)) {
            tokens(piece, offset, out);
            offset += piece.length();
        }
        return out;
    }

    /** Longer than any real paragraph (the corpus's longest has 825 characters), so those are segmented whole. */
    static final int CHUNK_CHARS = 1_000;

    private static List<Token> tokens(String text, int offset, List<Token> out) {
        int cursor = 0;
        for (Term t : SEGMENT.seg(text)) {
            // offsets are recomputed from the text, as HanLP's are not reliable across all segment modes;
            // the word normally starts at the cursor, so the search is short
            int at = text.startsWith(t.word, cursor) ? cursor : text.indexOf(t.word, cursor);
            if (at < 0) at = cursor;
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), offset + at));
            cursor = at + t.word.length();
        }
        return out;
    }

    /**
     * Works around a HanLP 1.8.6 bug that cost a quarter of the analysis: when the dictionaries know more parts
     * of speech than the core transition matrix, part-of-speech tagging extends the matrix on every call
     * ({@code Viterbi.compute} compares the number of natures with {@code states.length}, and
     * {@code TransformMatrix.extend} never updates {@code states}), about 1 MB of copies per sentence. Extending
     * it once gives the same matrix; {@code states} is read nowhere but for that length. A nature created later
     * makes HanLP extend again, as before.
     */
    private static void extendNatureTransitionsOnce() {
        TransformMatrix m = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
        int natures = Nature.values().length;
        if (m.states.length != natures) {
            m.extend(natures);
            m.states = Arrays.copyOf(m.states, natures);
        }
    }

    private static void loadDomainDictionary() {
        try (var in = Segmenter.class.getResourceAsStream("/nlp/domain-dict.txt")) {
            if (in == null) throw new IllegalStateException("missing resource nlp/domain-dict.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+", 2);
                CustomDictionary.insert(f[0], f.length > 1 ? f[1] : "nz 1000");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
