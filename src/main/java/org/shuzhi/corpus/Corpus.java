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
import org.shuzhi.document.ReportReaders;
import org.shuzhi.document.UnreadableReportException;

/**
 * The hand-written corpus: {@code manifest.tsv}, {@code reports/ID.txt}, {@code labels/ID.tsv},
 * {@code defects.tsv}, {@code crossrefs.tsv}. Reads from a directory, or from the copy bundled in the
 * jar (resource folder {@code /corpus}) so that the service can seed its archive anywhere.
 *
 * <p>A held-out set has the same layout; its report may also be {@code reports/ID.docx} (or .doc, .pdf) or
 * a text file in any encoding the product reads, and is then read through the product's own readers
 * ({@link ReportReaders}), as a user's file would be.
 */
public final class Corpus {
    private interface Source {
        /** The file's bytes, or null if it does not exist. */
        byte[] read(String relative) throws IOException;
    }

    /** The report file's extensions, in the order they are looked for. */
    private static final List<String> REPORT_TYPES = List.of("txt", "docx", "doc", "pdf");

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
            return Files.exists(p) ? Files.readAllBytes(p) : null;
        }, dir.toString());
    }

    /** The corpus bundled in the jar. */
    public static Corpus bundled() {
        return new Corpus(rel -> {
            try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + rel)) {
                return in == null ? null : in.readAllBytes();
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

    /** The report as the product reads it: reports/ID.txt (any encoding), .docx, .doc or .pdf. */
    public Report report(String id) {
        for (String type : REPORT_TYPES) {
            byte[] bytes = bytes("reports/" + id + "." + type);
            if (bytes == null) continue;
            try {
                return ReportReaders.read("corpus/reports/" + id + "." + type, bytes);
            } catch (UnreadableReportException e) {
                throw new IllegalArgumentException(e.getMessage() + "（语料 " + description + "）", e);
            }
        }
        throw new IllegalArgumentException("missing reports/" + id + ".txt in corpus " + description);
    }

    /** Gold labels, one per labelled paragraph in order; web-page debris counts as other. */
    public List<Part> labels(String id) {
        return goldParagraphs(id).stream().map(GoldParagraph::label).toList();
    }

    /** The rows of labels/ID.tsv: kind, first characters and, where annotated, the section. */
    public List<GoldParagraph> goldParagraphs(String id) {
        List<GoldParagraph> out = new ArrayList<>();
        for (String[] row : rows("labels/" + id + ".tsv", true)) {
            String kind = row[1].trim();
            boolean debris = kind.equals(GoldParagraph.DEBRIS);
            Part section = row.length > 3 && !given(row[3]).isEmpty() ? Part.of(row[3]) : null;
            out.add(new GoldParagraph(Integer.parseInt(row[0].trim()), debris ? Part.OTHER : Part.of(kind), debris,
                    row.length > 2 ? row[2] : "", section));
        }
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
            String year = given(r[3]);
            out.put(r[0], new CorpusEntry(r[0], orNull(r[1]), r[2], year.isEmpty() ? null : Integer.valueOf(year),
                    orNull(r[4]), r[5], r.length > 6 ? r[6] : "", r.length > 7 ? orNull(r[7]) : null, r.length > 7));
        }
        return out;
    }

    /** A manifest or label cell without "-", which means "not given". */
    private static String given(String cell) {
        String s = cell.trim();
        return s.equals("-") ? "" : s;
    }

    private static String orNull(String cell) {
        String s = given(cell);
        return s.isEmpty() ? null : s;
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
        byte[] bytes = bytes(rel);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] bytes(String rel) {
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
