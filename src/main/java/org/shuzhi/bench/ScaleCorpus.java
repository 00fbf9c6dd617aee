package org.shuzhi.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.TextNormalizer;

/**
 * Builds any number of synthetic reports from the hand-written corpus, for the benchmark only (never
 * written to the repository, never trained on). Synthetic unit {@code u} follows one corpus unit's
 * series of reports under a new name (a place name before the corpus unit's), one report a year from
 * {@link #FIRST_YEAR}; each paragraph is reworded by the {@link Perturber}, and some are swapped for a
 * paragraph of the same label from another corpus report. So a unit's problems recur across its years
 * (reworded), as in the corpus, and every passage has lightly edited copies in other units: a dense case
 * for the cross-report checks. Report {@code i} is the same text in every run (seeded by {@code i}).
 */
final class ScaleCorpus {
    /** Archived years: {@code FIRST_YEAR .. FIRST_YEAR + YEARS - 1}; reports under review are the year after. */
    static final int FIRST_YEAR = 2019;
    static final int YEARS = 5;
    static final int REVIEW_YEAR = FIRST_YEAR + YEARS;

    private static final String PLACE_FIRST = "东西南北中新青白金石云山河湖海江林松桃柳";
    private static final String PLACE_SECOND = "湖城山河阳江桥塘溪岭口坪湾川原峰庄园田泉";
    private static final String PLACE_LEVEL = "区县镇乡";
    private static final Pattern PARTY_PREFIX = Pattern.compile("^(?:中国共产党|中共)");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("(?:党总支|总支|党支部|支部|党委|党组|党工委)(?:委员会)?$|委员会$");
    /** Share of content paragraphs replaced by a paragraph of the same label from another report. */
    private static final double MIX_RATE = 0.25;

    /** One corpus report: its paragraphs with gold labels. */
    private record Source(CorpusEntry entry, List<String> paragraphs, List<Part> labels, String core) {}

    private final List<List<Source>> series = new ArrayList<>();
    private final Map<Part, List<String>> pool = new EnumMap<>(Part.class);
    private final Perturber perturber;
    private final long seed;

    ScaleCorpus(Corpus corpus, Perturber perturber, long seed) {
        this.perturber = perturber;
        this.seed = seed;
        Map<String, List<Source>> bySeries = new TreeMap<>();
        for (CorpusEntry e : corpus.entries()) {
            List<String> ps = corpus.text(e.id()).lines().filter(l -> !l.isBlank()).toList();
            List<Part> labels = corpus.labels(e.id());
            if (labels.size() != ps.size()) continue; // a report whose labels are out of step is left out
            Source s = new Source(e, ps, labels, core(e.unit()));
            bySeries.computeIfAbsent(e.id().replaceFirst("-\\d{4}$", ""), k -> new ArrayList<>()).add(s);
            for (int i = 0; i < ps.size(); i++) {
                if (labels.get(i) != Part.OTHER) pool.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(ps.get(i));
            }
        }
        bySeries.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.entry().year(), b.entry().year())));
        series.addAll(bySeries.values());
        if (series.isEmpty()) throw new IllegalArgumentException("语料中没有可用的报告");
    }

    static ScaleCorpus standard(Corpus corpus) {
        return new ScaleCorpus(corpus, Perturber.standard(), 20240601L);
    }

    /** Distinct synthetic units available (place names times corpus units). */
    int maxUnits() {
        return PLACE_FIRST.length() * PLACE_SECOND.length() * PLACE_LEVEL.length() * series.size();
    }

    /** The {@code i}-th archived report: unit {@code i / YEARS}, year {@code FIRST_YEAR + i % YEARS}. */
    GeneratedReport archived(int i) {
        return generate(i / YEARS, FIRST_YEAR + i % YEARS, 0, new Random(seed * 31 + i));
    }

    /**
     * A report of unit {@code unit} for {@link #REVIEW_YEAR}, not in any archive; {@code variant} picks
     * one of many rewordings; paragraphs are added until it has at least {@code minChars} characters.
     */
    GeneratedReport forReview(int unit, int variant, int minChars) {
        return generate(unit, REVIEW_YEAR, minChars, new Random(seed * 17 + unit * 1_000_003L + variant));
    }

    private GeneratedReport generate(int unit, int year, int minChars, Random random) {
        if (unit >= maxUnits()) throw new IllegalArgumentException("too many units: " + unit);
        List<Source> reports = series.get(unit % series.size());
        // the unit's years walk through its corpus series, so consecutive years share reworded problems
        Source src = reports.get(Math.min(reports.size() - 1, Math.max(0, year - FIRST_YEAR - (unit % 2))));
        String place = place(unit / series.size());
        String unitName = place + PARTY_PREFIX.matcher(reports.get(0).entry().unit()).replaceFirst("");
        int shift = year - src.entry().year();
        List<String> out = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < src.paragraphs().size(); i++) {
            Part label = src.labels().get(i);
            String p = src.paragraphs().get(i);
            if (label != Part.OTHER && random.nextDouble() < MIX_RATE) p = pick(label, random);
            p = rename(perturber.perturb(p, shift, random), src.core(), place);
            out.add(p);
            chars += TextNormalizer.countChars(p);
            // a longer report has more achievements, as real longer reports do: add some after the part's last one
            boolean lastOfPart = i + 1 == src.paragraphs().size() || src.labels().get(i + 1) != label;
            while (minChars > 0 && label == Part.ACHIEVEMENT && lastOfPart && chars + rest(src, i + 1) < minChars) {
                String extra = rename(perturber.perturb(pick(label, random), shift, random), src.core(), place);
                out.add(extra);
                chars += TextNormalizer.countChars(extra);
            }
        }
        String file = "bench/" + unit + "-" + year + ".txt";
        return new GeneratedReport(file, unitName, year, src.entry().role(), String.join("\n", out) + "\n");
    }

    /** Characters of the source's paragraphs from {@code from} on. */
    private static int rest(Source src, int from) {
        int n = 0;
        for (int i = from; i < src.paragraphs().size(); i++) n += TextNormalizer.countChars(src.paragraphs().get(i));
        return n;
    }

    private String pick(Part label, Random random) {
        List<String> ps = pool.get(label);
        return ps.get(random.nextInt(ps.size()));
    }

    private static String rename(String text, String core, String place) {
        return core.isEmpty() ? text : text.replace(core, place + core);
    }

    private static String place(int n) {
        int a = n % PLACE_FIRST.length(), b = n / PLACE_FIRST.length() % PLACE_SECOND.length();
        int c = n / (PLACE_FIRST.length() * PLACE_SECOND.length()) % PLACE_LEVEL.length();
        return "" + PLACE_FIRST.charAt(a) + PLACE_SECOND.charAt(b) + PLACE_LEVEL.charAt(c);
    }

    /** 城东小学 of 中共城东小学支部委员会: the name the report's text uses for the unit. */
    private static String core(String unit) {
        String u = PARTY_PREFIX.matcher(unit.strip()).replaceFirst("");
        return LEVEL_SUFFIX.matcher(u).replaceFirst("");
    }
}
