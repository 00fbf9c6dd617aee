package org.shuzhi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewords a paragraph the way a writer edits last year's text: synonym swaps (groups in
 * {@code /bench/synonyms.txt}), clauses of a sentence shuffled, figures renumbered, years shifted.
 * Deterministic for a given {@link Random}.
 */
final class Perturber {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[12]\\d)(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.（(])(?!20[12]\\d(?!\\d))\\d{1,4}(?![\\d.）)、．]|年)");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[。；！？])");

    private final Map<String, List<String>> synonyms;
    private final Pattern words;
    private final double swapRate;
    private final double shuffleRate;

    Perturber(double swapRate, double shuffleRate) {
        this.synonyms = load();
        // longest words first, so 组织生活 is swapped as a whole before 组织 is
        this.words = Pattern.compile(synonyms.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")));
        this.swapRate = swapRate;
        this.shuffleRate = shuffleRate;
    }

    static Perturber standard() {
        return new Perturber(0.5, 0.5);
    }

    /** The paragraph reworded, its figures changed and its years moved by {@code yearShift}. */
    String perturb(String text, int yearShift, Random random) {
        String t = shiftYears(text, yearShift);
        t = renumber(t, random);
        t = swapSynonyms(t, random);
        return shuffleClauses(t, random);
    }

    String shiftYears(String text, int shift) {
        if (shift == 0) return text;
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group(1)) + shift));
        return m.appendTail(sb).toString();
    }

    String renumber(String text, Random random) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group());
            // list numbers (1. 2.) and small counts keep their order of magnitude
            int changed = n <= 1 ? n : Math.max(1, (int) Math.round(n * (0.5 + random.nextDouble())));
            m.appendReplacement(sb, String.valueOf(changed));
        }
        return m.appendTail(sb).toString();
    }

    String swapSynonyms(String text, Random random) {
        Matcher m = words.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            List<String> alts = synonyms.get(w);
            String pick = random.nextDouble() < swapRate ? alts.get(random.nextInt(alts.size())) : w;
            m.appendReplacement(sb, Matcher.quoteReplacement(pick));
        }
        return m.appendTail(sb).toString();
    }

    /** Within each sentence, two clauses after the first (which often is the lead phrase) trade places. */
    String shuffleClauses(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (String sentence : SENTENCE.split(text)) {
            String[] clauses = sentence.split("(?<=，)");
            if (clauses.length >= 4 && random.nextDouble() < shuffleRate) {
                // the last clause keeps the sentence's end mark; swap two of the middle ones
                List<String> middle = new ArrayList<>(List.of(clauses).subList(1, clauses.length - 1));
                Collections.swap(middle, random.nextInt(middle.size()), random.nextInt(middle.size()));
                out.append(clauses[0]);
                middle.forEach(out::append);
                out.append(clauses[clauses.length - 1]);
            } else {
                out.append(sentence);
            }
        }
        return out.toString();
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = Perturber.class.getResourceAsStream("/bench/synonyms.txt")) {
            if (in == null) throw new IllegalStateException("missing /bench/synonyms.txt");
            Map<String, Set<String>> alts = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> group = List.of(line.strip().split("\\s+"));
                for (String w : group) alts.computeIfAbsent(w, k -> new LinkedHashSet<>()).addAll(group);
            }
            Map<String, List<String>> out = new LinkedHashMap<>();
            alts.forEach((w, s) -> out.put(w, List.copyOf(s)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
