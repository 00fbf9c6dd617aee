package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/** STRUCTURE_MISSING_PART: a part the profile requires has neither a heading nor a paragraph that says it. */
public final class StructureRule implements Rule {
    @Override
    public String code() {
        return "STRUCTURE_MISSING_PART";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Part, List<String>> e : ctx.profile().parts().entrySet()) {
            Part part = e.getKey();
            boolean present = false;
            for (AnalyzedParagraph p : ctx.paragraphs()) {
                if (p.section() == part || (ctx.part(p) == part && ctx.isContent(p))) {
                    present = true;
                    break;
                }
            }
            if (present) continue;
            String wording = e.getValue().isEmpty() ? part.chinese() : String.join("／", e.getValue());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("missing", part.id());
            evidence.put("headings", e.getValue());
            evidence.put(Finding.SUMMARY, "缺少“" + part.chinese() + "”部分");
            out.add(info().finding(null, "报告中没有“" + part.chinese() + "”部分（应有“" + wording + "”）",
                    "述职报告应包括“" + String.join("”“", ctx.profile().parts().entrySet().stream()
                            .map(x -> x.getValue().isEmpty() ? x.getKey().chinese() : x.getValue().get(0)).toList()) + "”各部分",
                    ctx.profile(), evidence));
        }
        return out;
    }
}
