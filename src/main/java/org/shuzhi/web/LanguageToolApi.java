package org.shuzhi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.document.Report;
import org.shuzhi.review.Json;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.TextScope;
import org.shuzhi.rules.Profiles;

/**
 * LanguageTool's HTTP protocol ({@code /v2/}), so that LibreOffice (Tools ▸ Options ▸ Language Settings ▸
 * LanguageTool Server) and other clients of that protocol underline the review's findings in the draft
 * while it is written. Shaped like LanguageTool's {@code ApiV2}: {@code GET /v2/languages};
 * {@code POST} (or {@code GET}) {@code /v2/check} with {@code text} or {@code data} and {@code language},
 * turned into a report, reviewed by the same {@link Reviewer} as every other way in, and answered by
 * {@link LanguageToolMatches}. Only translation lives here: which rules judge a fragment is
 * {@link TextScope}'s, every judgement the pipeline's. Nothing sent is stored.
 */
final class LanguageToolApi {
    static final String CODE = "zh-CN";
    static final String NAME = "中文";
    /** What a client may ask for: LibreOffice sends the document's language as BCP 47 ("zh-CN"). */
    private static final Set<String> ACCEPTED = Set.of("zh-cn", "zh", "auto");

    private final Supplier<Reviewer> reviewer;
    private final AccessControl access;

    LanguageToolApi(Supplier<Reviewer> reviewer, AccessControl access) {
        this.reviewer = reviewer;
        this.access = access;
    }

    /** {@code GET /v2/languages}: LibreOffice asks this to know which documents it may send. */
    void languages(Context ctx) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        out.addObject().put("name", NAME).put("code", "zh").put("longCode", CODE);
        ctx.json(out);
    }

    /** {@code /v2/check}: parameters from the form body or the query string, as LanguageTool reads them. */
    void check(Context ctx) {
        AnnotatedText text = text(ctx);
        language(param(ctx, "language"));
        RuleSelection selection = RuleSelection.of(name -> param(ctx, name));
        ReportLimits.check(ReviewApi.DRAFT_NAME, text.plain().codePointCount(0, text.plain().length()));
        Report report = Report.fromText(ReviewApi.DRAFT_NAME, text.plain());
        TextScope scope = TextScope.of(report);
        // a word processor logs in to nothing: on a shared server its text is not compared with the archive,
        // whose passages only logged-in reviewers may read
        ReviewRequest asked = new ReviewRequest(null, ReportMeta.UNKNOWN, access.mayReadArchive(ctx),
                selection.apply(Profiles.resolve(null)));
        Review review = report.paragraphs().isEmpty() ? null : reviewer.get().review(report, scope.request(asked));
        ctx.json(LanguageToolMatches.answer(text, report, review));
    }

    private static AnnotatedText text(Context ctx) {
        String text = param(ctx, "text"), data = param(ctx, "data");
        if (text != null && data != null) throw refuse("Set only 'text' or 'data' parameter, not both（text 与 data 只能给出一个）");
        if (text != null) return AnnotatedText.ofText(text);
        if (data == null) throw refuse("Missing 'text' or 'data' parameter（缺少要检查的文字：text 或 data）");
        try {
            return AnnotatedText.ofData(ReviewApi.REQUEST_MAPPER.readTree(data));
        } catch (JsonProcessingException e) {
            throw refuse("Could not parse JSON from 'data' parameter（data 参数不是有效的 JSON）");
        }
    }

    private static void language(String code) {
        if (code == null) {
            throw refuse("Missing 'language' parameter, use 'language=zh-CN'（缺少 language 参数，请用 zh-CN）");
        }
        if (!ACCEPTED.contains(code.strip().toLowerCase(Locale.ROOT))) {
            throw refuse("'" + clip(code) + "' is not a language code known to shuzhi. Supported language codes are: "
                    + CODE + ", zh, auto（本服务只评审中文述职报告）");
        }
    }

    /** A parameter from the form body, else from the query string; null when absent. */
    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v != null ? v : ctx.queryParam(name);
    }

    private static String clip(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    /** A refused request; answered as LanguageTool answers one: 400, plain text starting "Error: ". */
    static ApiError refuse(String message) {
        return ApiError.badRequest(message);
    }

    /** LanguageTool's error shape for every refusal on {@code /v2/}: the status, and "Error: …" as plain text. */
    static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result("Error: " + message);
    }

    static boolean isProtocolPath(String path) {
        return path.startsWith("/v2/");
    }
}
