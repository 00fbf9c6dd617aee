package org.shuzhi.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.document.Report;

/**
 * The hand-written corpus: {@code manifest.tsv}, {@code reports/ID.txt}, {@code labels/ID.tsv},
 * {@code defects.tsv}, {@code crossrefs.tsv}. Reads from a directory, or from the copy bundled in the
 * jar (resource folder {@code /corpus}) so that the service can seed its archive anywhere.
 */
public final class Corpus {
    private interface Source {
        /** The file's text, or null if it does not exist. */
        String read(String relative) throws IOException;
    }

    private final Source source;
    private final String description;
    private final Map<String, CorpusEntry> entries;

    private Corpus(Source source, String description) {
        this.source = source;
        this.description = description;
        this.entries = readManifest();
    }

    public static Corpus at(Path dir) {
        return new Corpus(rel -> {
            Path p = dir.resolve(rel);
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        }, dir.toString());
    }

    /** The corpus bundled in the jar. */
    public static Corpus bundled() {
        return new Corpus(rel -> {
            try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + rel)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }, "classpath:/corpus");
    }

    public List<CorpusEntry> entries() {
        return List.copyOf(entries.values());
    }

    public CorpusEntry entry(String id) {
        CorpusEntry e = entries.get(id);
        if (e == null) throw new IllegalArgumentException("no report " + id + " in corpus " + description);
        return e;
    }

    public String text(String id) {
        return required("reports/" + id + ".txt");
    }

    public Report report(String id) {
        return Report.fromText("corpus/reports/" + id + ".txt", text(id));
    }

    /** Gold labels, one per paragraph in order. */
    public List<Part> labels(String id) {
        List<Part> out = new ArrayList<>();
        for (String[] row : rows("labels/" + id + ".tsv", true)) out.add(Part.of(row[1]));
        return out;
    }

    public List<PlantedDefect> defects() {
        List<PlantedDefect> out = new ArrayList<>();
        for (String[] row : rows("defects.tsv", false)) {
            out.add(new PlantedDefect(row[0], paragraph(row[1]), row[2].trim(), row.length > 3 ? row[3] : ""));
        }
        return out;
    }

    public List<CrossReference> crossReferences() {
        List<CrossReference> out = new ArrayList<>();
        for (String[] row : rows("crossrefs.tsv", false)) {
            out.add(new CrossReference(row[0], paragraph(row[1]), row[2].trim(), row[3].trim(),
                    Integer.parseInt(row[4].trim())));
        }
        return out;
    }

    /** Corrections to crossrefs.tsv, if the corpus has any (crossrefs-corrections.tsv: the link, added/removed, reason). */
    public List<CrossReferenceCorrection> crossReferenceCorrections() {
        List<CrossReferenceCorrection> out = new ArrayList<>();
        for (String[] row : rows("crossrefs-corrections.tsv", false)) {
            CrossReference link = new CrossReference(row[0], paragraph(row[1]), row[2].trim(), row[3].trim(), Integer.parseInt(row[4].trim()));
            out.add(new CrossReferenceCorrection(link, row[5].trim().equals("added"), row.length > 6 ? row[6].trim() : ""));
        }
        return out;
    }

    private Map<String, CorpusEntry> readManifest() {
        Map<String, CorpusEntry> out = new LinkedHashMap<>();
        for (String[] r : rows("manifest.tsv", true)) {
            out.put(r[0], new CorpusEntry(r[0], r[1], r[2], Integer.parseInt(r[3].trim()), r[4], r[5],
                    r.length > 6 ? r[6] : ""));
        }
        return out;
    }

    private static Integer paragraph(String s) {
        s = s.trim();
        return s.equals("-") || s.isEmpty() ? null : Integer.valueOf(s);
    }

    private String required(String rel) {
        String text = read(rel);
        if (text == null) throw new IllegalArgumentException("missing " + rel + " in corpus " + description);
        return text;
    }

    private String read(String rel) {
        try {
            return source.read(rel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated rows; blank lines and lines starting with # (the header) are skipped. */
    private List<String[]> rows(String rel, boolean required) {
        String text = required ? required(rel) : read(rel);
        List<String[]> out = new ArrayList<>();
        if (text == null) return out;
        for (String line : text.split("\\r?\\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(line.split("\t", -1));
        }
        return out;
    }
}
