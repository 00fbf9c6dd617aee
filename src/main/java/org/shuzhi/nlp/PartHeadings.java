package org.shuzhi.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.document.Part;

/**
 * The wordings by which a heading names a report part, read once from {@code /nlp/part-headings.yaml}:
 * real reports word their parts in dozens of ways (对标检视, 精准施策, 履职尽责情况 …), so the wordings are
 * data that grows with the reports seen, and the code only says how a heading is matched against them.
 */
public final class PartHeadings {
    static final String RESOURCE = "/nlp/part-headings.yaml";

    /** One block of the file: a part and the ways a heading names it. */
    public record Block(int step, Part part, String about, List<String> contains, List<String> starts,
                        List<Pattern> patterns, List<String> examples) {
        /** Where in {@code title} this block is named, or -1. */
        int find(String title) {
            int best = -1;
            for (String s : starts) if (title.startsWith(s)) return 0;
            for (String c : contains) best = earlier(best, title.indexOf(c));
            for (Pattern p : patterns) {
                Matcher m = p.matcher(title);
                if (m.find()) best = earlier(best, m.start());
            }
            return best;
        }

        private static int earlier(int a, int b) {
            if (a < 0) return b;
            return b < 0 ? a : Math.min(a, b);
        }
    }

    private static final List<Block> BLOCKS = load();

    private PartHeadings() {}

    /** The blocks in the file's order. */
    public static List<Block> blocks() {
        return BLOCKS;
    }

    /**
     * The part a heading's wording names, or null. {@code heading} is normalised text; spaces inside it
     * (headings spaced out for looks, invisible characters folded to spaces) are ignored.
     */
    public static Part partOf(String heading) {
        String title = heading.replaceAll("\\s+", "");
        int step = -1, at = -1;
        Part part = null;
        for (Block b : BLOCKS) {
            if (part != null && b.step() != step) break;
            int found = b.find(title);
            if (found < 0 || (part != null && found >= at)) continue;
            part = b.part();
            step = b.step();
            at = found;
        }
        return part;
    }

    private static List<Block> load() {
        try (InputStream in = PartHeadings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Block> out = new ArrayList<>();
            for (JsonNode b : root) {
                List<Pattern> patterns = new ArrayList<>();
                for (JsonNode p : b.path("patterns")) patterns.add(Pattern.compile(p.asText()));
                out.add(new Block(b.path("step").asInt(), Part.of(b.path("part").asText()), b.path("about").asText(),
                        strings(b, "contains"), strings(b, "starts"), List.copyOf(patterns), strings(b, "examples")));
            }
            out.sort(Comparator.comparingInt(Block::step)); // stable: blocks of one step keep the file's order
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<String> strings(JsonNode block, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : block.path(field)) out.add(s.asText().replaceAll("\\s+", ""));
        return List.copyOf(out);
    }
}
