package org.shuzhi.meeting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.shuzhi.review.ParagraphResult;
import org.shuzhi.review.TextFormatter;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleCatalog;

/**
 * The report returned to the secretary with the reviewer's remarks as Word comments (批注): each finding a
 * comment on its span (or its paragraph) saying what was found, the requirement and the evidence; the 点评
 * and the whole-report findings comments on the title. A .docx comes back as itself, its formatting kept,
 * runs split where a span begins or ends inside one; a report that came otherwise (.txt, .pdf, .doc, pasted
 * text) comes back as a clean .docx of its paragraphs with the same comments.
 *
 * <p>The review's paragraphs are found in the document in order, by their text, within the runs of each
 * Word paragraph (table cells included); a paragraph not found there (text the reader rebuilt, such as a
 * cell of several paragraphs) gets its comments on the paragraph where its first line stands, or, failing
 * that, on the title with its number.
 */
public final class AnnotatedReport {
    public static final String AUTHOR = "述职报告评审";
    static final String INITIALS = "评审";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** How far ahead of the last match a paragraph is looked for, in Word paragraphs. */
    static final int LOOKAHEAD = 60;

    private AnnotatedReport() {}

    /**
     * @param comment the 点评 to put on the title (null: none)
     * @param grade   the suggested grade to add to it (null: none; the pack's copy for the secretary has none)
     */
    public static void write(MeetingReport report, String comment, GradeSuggestion grade, OutputStream out) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (XWPFDocument doc = open(report)) {
            new Annotator(doc, report).annotate(comment, grade);
            doc.write(buffer);
        } catch (RuntimeException e) {
            if (report.original() == null) throw e;
            // a Word file whose structure the annotation cannot follow: the secretary still gets the remarks,
            // on a clean copy of the text
            buffer.reset();
            try (XWPFDocument doc = clean(report)) {
                new Annotator(doc, report).annotate(comment, grade);
                doc.write(buffer);
            }
        }
        buffer.writeTo(out);
    }

    private static XWPFDocument open(MeetingReport report) throws IOException {
        if ("docx".equals(report.format()) && report.original() != null) {
            try {
                return new XWPFDocument(new ByteArrayInputStream(report.original()));
            } catch (IOException | RuntimeException e) {
                // read once already by the review; a document POI cannot reopen is given back as text
            }
        }
        return clean(report);
    }

    /** A clean .docx of the review's paragraphs: the first as the title. */
    private static XWPFDocument clean(MeetingReport report) {
        XWPFDocument doc = new XWPFDocument();
        boolean first = true;
        for (ParagraphResult p : report.review().paragraphs()) {
            if (first) {
                Documents.title(doc, p.text());
                first = false;
            } else {
                Documents.body(doc, p.text());
            }
        }
        return doc;
    }

    /** A Word paragraph's runs with their text, all in one coordinate system (w:t, w:tab as \t, w:br/w:cr as \n). */
    private static final class Slot {
        final CTP paragraph;
        List<CTR> runs = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        String text;

        Slot(CTP paragraph) {
            this.paragraph = paragraph;
            read();
        }

        void read() {
            runs = new ArrayList<>();
            starts = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            for (XmlObject o : paragraph.selectPath("declare namespace w='" + W + "' .//w:r")) {
                // runs inside VML (a text box in w:pict) are untyped to XmlBeans: not the paragraph's text
                if (!(o instanceof CTR r)) continue;
                // a text box drawn inside the paragraph is not its text (the readers skip it)
                if (Annotator.inside(r, "txbxContent") || Annotator.inside(r, "Fallback")) continue;
                runs.add(r);
                starts.add(sb.length());
                sb.append(text(r));
            }
            text = sb.toString();
        }

        int end(int i) {
            return i + 1 < starts.size() ? starts.get(i + 1) : text.length();
        }
    }

    static String text(CTR r) {
        StringBuilder sb = new StringBuilder();
        try (XmlCursor c = r.newCursor()) {
            if (!c.toFirstChild()) return "";
            do {
                String name = c.getName().getLocalPart();
                if (!W.equals(c.getName().getNamespaceURI())) continue;
                switch (name) {
                    case "t" -> sb.append(c.getTextValue());
                    case "tab" -> sb.append('\t');
                    case "br", "cr" -> sb.append('\n');
                    default -> { }
                }
            } while (c.toNextSibling());
        }
        return sb.toString();
    }

    /** A run whose only content is one w:t (besides its properties): it can be split at any character. */
    private static boolean simple(CTR r) {
        return r.sizeOfTArray() == 1 && r.sizeOfTabArray() == 0 && r.sizeOfBrArray() == 0 && r.sizeOfCrArray() == 0
                && r.sizeOfFldCharArray() == 0 && r.sizeOfInstrTextArray() == 0 && r.sizeOfDrawingArray() == 0;
    }

    /** A comment to place: the slot, its range [start, end) in the slot's text, and what it says. */
    private record Mark(Slot slot, int start, int end, List<String> lines) {}

    private static final class Annotator {
        private final XWPFDocument doc;
        private final MeetingReport report;
        private final List<Slot> slots = new ArrayList<>();
        /** Per review paragraph: its slot and where it begins in the slot's text (null: not found). */
        private final Slot[] at;
        private final int[] offset;
        private BigInteger nextId;

        Annotator(XWPFDocument doc, MeetingReport report) {
            this.doc = doc;
            this.report = report;
            for (XmlObject o : doc.getDocument().getBody().selectPath("declare namespace w='" + W + "' .//w:p")) {
                // a paragraph inside a text box is drawn, not read: the readers skip it too (inside VML it is not even typed)
                if (!(o instanceof CTP p) || inside(p, "txbxContent")) continue;
                slots.add(new Slot(p));
            }
            int n = report.review().paragraphs().size();
            at = new Slot[n];
            offset = new int[n];
            locate();
            XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            BigInteger max = BigInteger.valueOf(-1);
            for (XWPFComment c : comments.getComments()) {
                try {
                    max = max.max(new BigInteger(c.getId()));
                } catch (NumberFormatException | NullPointerException e) {
                    // an id that is no number takes no part in ours
                }
            }
            nextId = max.add(BigInteger.ONE);
        }

        static boolean inside(XmlObject p, String ancestor) {
            try (XmlCursor c = p.newCursor()) {
                while (c.toParent()) if (c.getName() != null && ancestor.equals(c.getName().getLocalPart())) return true;
            }
            return false;
        }

        /** Finds each review paragraph's text in the slots, in order. */
        private void locate() {
            int slot = 0, from = 0;
            List<ParagraphResult> ps = report.review().paragraphs();
            for (int i = 0; i < ps.size(); i++) {
                String want = ps.get(i).text().strip();
                for (int k = slot; k < Math.min(slots.size(), slot + LOOKAHEAD); k++) {
                    String have = slots.get(k).text;
                    int pos = have.indexOf(want, k == slot ? from : 0);
                    if (pos < 0) {
                        // a cell of several paragraphs: the review joined them; its first line stands here
                        String firstLine = want.lines().findFirst().orElse(want).strip();
                        String strippedHave = have.strip();
                        if (!strippedHave.isEmpty() && (want.startsWith(strippedHave) || (firstLine.length() >= 4 && strippedHave.equals(firstLine)))) {
                            pos = have.indexOf(strippedHave);
                        }
                    }
                    if (pos >= 0) {
                        at[i] = slots.get(k);
                        offset[i] = pos;
                        slot = k;
                        from = pos + Math.min(want.length(), have.length() - pos);
                        break;
                    }
                }
            }
        }

        void annotate(String comment, GradeSuggestion grade) {
            List<Mark> marks = new ArrayList<>();
            int title = -1;
            for (int i = 0; i < at.length; i++) if (at[i] != null) {
                title = i;
                break;
            }
            if (title < 0) return; // nothing of the review found in the document: nothing to anchor on
            Slot t = at[title];
            int titleStart = offset[title], titleEnd = Math.min(t.text.length(), titleStart + report.review().paragraphs().get(title).text().strip().length());
            if (comment != null && !comment.isBlank()) {
                List<String> lines = new ArrayList<>();
                lines.add("点评意见：" + comment);
                if (grade != null) lines.add("建议等次：" + grade.grade().label() + "（" + String.join("；", grade.reasons()) + "）。" + GradeSuggestion.NOTE + "。");
                marks.add(new Mark(t, titleStart, titleEnd, lines));
            }
            for (Finding f : report.review().findings()) {
                Integer p = f.paragraph();
                if (p == null || p >= at.length || at[p] == null) {
                    List<String> lines = lines(f);
                    if (p != null) lines.set(0, TextFormatter.paragraphName(p) + "：" + lines.get(0));
                    marks.add(new Mark(t, titleStart, titleEnd, lines));
                    continue;
                }
                Slot s = at[p];
                int base = offset[p];
                int len = report.review().paragraphs().get(p).text().strip().length();
                int lead = report.review().paragraphs().get(p).text().indexOf(report.review().paragraphs().get(p).text().strip());
                int start = base, end = Math.min(s.text.length(), base + len);
                if (f.span() != null) {
                    start = Math.max(base, Math.min(end, base + f.span().start() - lead));
                    end = Math.max(start, Math.min(end, base + f.span().end() - lead));
                }
                if (end <= start) {
                    start = base;
                    end = Math.min(s.text.length(), base + len);
                }
                marks.add(new Mark(s, start, end, lines(f)));
            }
            // split every slot's runs at all its marks' boundaries first, then place the markers
            java.util.Map<Slot, TreeSet<Integer>> cuts = new java.util.LinkedHashMap<>();
            for (Mark m : marks) {
                TreeSet<Integer> c = cuts.computeIfAbsent(m.slot(), k -> new TreeSet<>());
                c.add(m.start());
                c.add(m.end());
            }
            cuts.forEach(this::split);
            for (Mark m : marks) place(m);
        }

        private List<String> lines(Finding f) {
            List<String> out = new ArrayList<>();
            String name = RuleCatalog.standard().contains(f.rule()) ? RuleCatalog.standard().get(f.rule()).name() : f.rule();
            out.add("【" + name + "·" + f.severity().chinese() + "】" + f.message());
            String evidence = EvidenceText.of(f);
            if (!evidence.isEmpty()) out.add("依据：" + evidence);
            return out;
        }

        /** Splits the slot's runs so that each cut falls between two runs (a run that cannot be split keeps it at its edge). */
        private void split(Slot s, TreeSet<Integer> cuts) {
            for (int cut : cuts.descendingSet()) {
                for (int i = 0; i < s.runs.size(); i++) {
                    int a = s.starts.get(i), b = s.end(i);
                    if (cut <= a || cut >= b) continue;
                    CTR r = s.runs.get(i);
                    if (!simple(r)) break;
                    String text = r.getTArray(0).getStringValue();
                    CTR copy = insertCopyAfter(r);
                    setText(r, text.substring(0, cut - a));
                    setText(copy, text.substring(cut - a));
                    break;
                }
                s.read();
            }
        }

        private static CTR insertCopyAfter(CTR r) {
            try (XmlCursor src = r.newCursor(); XmlCursor dst = r.newCursor()) {
                dst.toEndToken();
                dst.toNextToken();
                src.copyXml(dst);
                dst.toPrevSibling();
                return (CTR) dst.getObject();
            }
        }

        private static void setText(CTR r, String text) {
            CTText t = r.getTArray(0);
            t.setStringValue(text);
            // leading or trailing spaces survive only with xml:space="preserve"
            try (XmlCursor c = t.newCursor()) {
                c.setAttributeText(new QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
            }
        }

        /** commentRangeStart before the first run of the range, commentRangeEnd after its last, then the reference run. */
        private void place(Mark m) {
            Slot s = m.slot();
            int first = -1, last = -1;
            for (int i = 0; i < s.runs.size(); i++) {
                int a = s.starts.get(i), b = s.end(i);
                if (a == b || b <= m.start() || a >= m.end()) continue;
                if (first < 0) first = i;
                last = i;
            }
            BigInteger id = nextId;
            nextId = nextId.add(BigInteger.ONE);
            XWPFComment c = doc.getDocComments().createComment(id);
            c.setAuthor(AUTHOR);
            c.setInitials(INITIALS);
            c.setDate(Calendar.getInstance());
            for (String line : m.lines()) {
                XWPFParagraph p = c.createParagraph();
                p.createRun().setText(line);
            }
            if (first < 0) {
                // an empty paragraph: the markers go at its end
                try (XmlCursor cur = s.paragraph.newCursor()) {
                    cur.toEndToken();
                    marker(cur, "commentRangeStart", id);
                    marker(cur, "commentRangeEnd", id);
                    reference(cur, id);
                }
                return;
            }
            try (XmlCursor cur = s.runs.get(first).newCursor()) {
                marker(cur, "commentRangeStart", id);
            }
            try (XmlCursor cur = s.runs.get(last).newCursor()) {
                cur.toEndToken();
                cur.toNextToken();
                marker(cur, "commentRangeEnd", id);
                reference(cur, id);
            }
        }

        /** Inserts an empty w:NAME w:id="id" at the cursor and leaves the cursor after it. */
        private static void marker(XmlCursor cur, String name, BigInteger id) {
            cur.beginElement(new QName(W, name, "w"));
            cur.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
            cur.toEndToken();
            cur.toNextToken();
        }

        private static void reference(XmlCursor cur, BigInteger id) {
            cur.beginElement(new QName(W, "r", "w"));
            cur.beginElement(new QName(W, "commentReference", "w"));
            cur.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
            cur.toEndToken();
            cur.toNextToken(); // out of commentReference
            cur.toEndToken();
            cur.toNextToken(); // out of r
        }
    }
}
