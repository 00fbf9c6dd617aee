package org.shuzhi.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;

/** Reads a .docx's comments back: each comment's text and the document text between its range markers. */
final class WordComments {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    record Comment(String id, String author, String text, String anchored, boolean referenced) {}

    private WordComments() {}

    static List<Comment> of(XWPFDocument doc) {
        Map<String, StringBuilder> anchored = new LinkedHashMap<>();
        Map<String, Boolean> open = new LinkedHashMap<>();
        Map<String, Boolean> referenced = new LinkedHashMap<>();
        try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
            while (c.hasNextToken()) {
                XmlCursor.TokenType t = c.toNextToken();
                if (t != XmlCursor.TokenType.START || !W.equals(c.getName().getNamespaceURI())) continue;
                String name = c.getName().getLocalPart();
                String id = c.getAttributeText(new javax.xml.namespace.QName(W, "id"));
                switch (name) {
                    case "commentRangeStart" -> {
                        anchored.put(id, new StringBuilder());
                        open.put(id, true);
                    }
                    case "commentRangeEnd" -> open.put(id, false);
                    case "commentReference" -> referenced.put(id, true);
                    case "t" -> {
                        String text = c.getTextValue();
                        open.forEach((k, v) -> {
                            if (v) anchored.get(k).append(text);
                        });
                    }
                    default -> { }
                }
            }
        }
        List<Comment> out = new ArrayList<>();
        if (doc.getDocComments() == null) return out;
        for (XWPFComment k : doc.getDocComments().getComments()) {
            StringBuilder a = anchored.get(k.getId());
            out.add(new Comment(k.getId(), k.getAuthor(), k.getText(), a == null ? null : a.toString(),
                    referenced.getOrDefault(k.getId(), false) && Boolean.FALSE.equals(open.get(k.getId()))));
        }
        return out;
    }
}
