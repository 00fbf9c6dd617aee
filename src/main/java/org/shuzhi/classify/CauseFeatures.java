package org.shuzhi.classify;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.nlp.Token;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Turns a clause of a cause analysis into a Weka instance: its HanLP words and word bigrams (a bag of words
 * made by the model's StringToWordVector, figures folded to one token as for paragraphs), and counts of the
 * lexicons that speak of causes — causes-subjective (主业意识, 满足于), causes-objective (任务重, 兼职),
 * deficiency (不够, 不足), the first person (我, 本人) and the collective (支部, 班子). The lexicons are copied
 * into the saved model, so a model always counts what it was trained with.
 */
public final class CauseFeatures implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Lexicons counted, in attribute order; each is corpus/lexicons/NAME.txt. */
    static final List<String> LEXICONS = List.of("causes-subjective", "causes-objective", "deficiency",
            "subjects-first-person", "subjects-collective");
    /** Reflexives that point at the writer in a cause analysis (根子在我自己, 自身要求不严). */
    private static final List<String> SELF = List.of("自己", "自身", "本人", "我");

    private final Map<String, List<String>> lexicons;

    private CauseFeatures(Map<String, List<String>> lexicons) {
        this.lexicons = lexicons;
    }

    /** Reads the lexicons from {@code corpusDir/lexicons}. */
    public static CauseFeatures at(Path corpusDir) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : LEXICONS) {
            Path file = corpusDir.resolve("lexicons").resolve(name + ".txt");
            try {
                List<String> entries = new ArrayList<>();
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\\R")) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#") && !entries.contains(t)) entries.add(t);
                }
                out.put(name, List.copyOf(entries));
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取词表 " + file, e);
            }
        }
        return new CauseFeatures(out);
    }

    /** An empty data set with this feature layout; the class is the last attribute. */
    public Instances header(String name) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("text", (List<String>) null));
        for (String l : LEXICONS) attributes.add(new Attribute("lex_" + l));
        attributes.add(new Attribute("self"));
        attributes.add(new Attribute("length"));
        List<String> labels = new ArrayList<>();
        for (CauseLabel l : CauseLabel.values()) labels.add(l.id());
        attributes.add(new Attribute("label", labels));
        Instances data = new Instances(name, attributes, 0);
        data.setClassIndex(data.numAttributes() - 1);
        return data;
    }

    /** A clause's features before they meet a data set. */
    public record Vector(String words, double[] numbers) {}

    /** @param tokens the clause's words, punctuation included or not */
    public Vector vector(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int self = 0;
        Map<String, Integer> wordCounts = new LinkedHashMap<>();
        for (Token t : tokens) {
            if (t.isPunctuation() || t.word().isBlank()) continue;
            words.add(ParagraphFeatures.word(t));
            text.append(t.word());
            if (SELF.contains(t.word())) self++;
            for (String l : LEXICONS) if (l.startsWith("subjects-") && lexicons.get(l).contains(t.word())) wordCounts.merge(l, 1, Integer::sum);
        }
        double[] v = new double[LEXICONS.size() + 2];
        int i = 0;
        // subjects are whole words (我 not in 我们); the other lexicons are phrases matched in the text
        for (String l : LEXICONS) v[i++] = Math.log1p(l.startsWith("subjects-") ? wordCounts.getOrDefault(l, 0) : count(l, text.toString()));
        v[i++] = Math.log1p(self);
        v[i] = Math.log1p(text.length());
        return new Vector(ParagraphFeatures.wordsAndBigrams(words) + characterBigrams(text) + heads(tokens), v);
    }

    /** Predicates of amount, load or shortfall: what a cause says of its subject. */
    private static final java.util.Set<String> PREDICATES = java.util.Set.of("重", "繁重", "多", "大", "繁杂", "繁忙", "紧", "紧张",
            "频繁", "少", "很少", "较少", "偏少", "不多", "不足", "有限", "短缺", "匮乏", "缺乏", "缺少", "薄弱", "不够", "不强", "不深",
            "不高", "不严", "不实", "不到位", "欠缺", "淡化", "松懈", "弱化", "差", "低", "偏大", "偏低", "老化", "分散");

    /**
     * Whose amount or shortfall a clause names: "^时间" for 研究党建的时间很少, "^劲头" for 钻研的劲头不足. The
     * words around the predicate (研究, 党建) speak of conduct; the noun it is said of tells a circumstance
     * (时间, 人手, 经费) from the writer's own failing (劲头, 认识, 标准).
     */
    private static String heads(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (!PREDICATES.contains(tokens.get(i).word())) continue;
            for (int j = i - 1; j >= 0; j--) {
                Token t = tokens.get(j);
                if (t.isPunctuation()) break;
                if (t.pos().startsWith("n") || t.pos().equals("vn") || t.pos().startsWith("r")) {
                    b.append(" ^").append(t.word()).append(" ^").append(t.word()).append('+').append(tokens.get(i).word());
                    break;
                }
            }
        }
        return b.toString();
    }

    /**
     * Character pairs ("#意识", "#不足"): with a few hundred clauses, words the segmenter keeps whole
     * (主业意识, 责任意识) would otherwise share nothing with the clauses of the training set.
     */
    private static String characterBigrams(CharSequence text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i), c = text.charAt(i + 1);
            if (Character.isDigit(a) || Character.isDigit(c)) continue;
            b.append(" #").append(a).append(c);
        }
        return b.toString();
    }

    public Instance instance(Instances data, Vector vector, CauseLabel label) {
        return WekaRows.instance(data, vector.words(), vector.numbers(), label == null ? -1 : label.ordinal());
    }

    /** Occurrences of the lexicon's entries in the text (non-overlapping, per entry). */
    private int count(String lexicon, String text) {
        int n = 0;
        for (String cue : lexicons.get(lexicon)) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) n++;
        }
        return n;
    }
}
