package org.shuzhi.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Map;

/**
 * Parses a multipart form once, before any handler reads a field, and turns every way a form can be wrong
 * into a 400 (or 413) that names the problem, instead of the parser's exception reaching the client as a
 * 500. File names are checked too: they are echoed in messages and pages.
 */
final class MultipartForms {
    /** No batch of reports has more; a form with more parts is not one of ours. */
    static final int MAX_PARTS = 500;
    static final int MAX_FILE_NAME_CHARS = 255;

    private MultipartForms() {}

    static void parse(Context ctx) {
        if (!Uploads.isMultipart(ctx)) return;
        String type = ctx.contentType();
        if (!type.toLowerCase(java.util.Locale.ROOT).contains("boundary=")) {
            throw ApiError.badRequest("上传表单格式不正确：Content-Type 缺少分隔符（boundary）");
        }
        Map<String, List<UploadedFile>> files;
        Map<String, List<String>> fields;
        try {
            // through Javalin, which gives Jetty the multipart limits and the private upload folder
            files = ctx.uploadedFileMap();
            fields = ctx.formParamMap();
        } catch (Exception e) {
            throw refusal(e);
        }
        int parts = count(files) + count(fields);
        if (parts > MAX_PARTS) {
            throw ApiError.badRequest("上传表单的部分过多（" + parts + " 个，上限 " + MAX_PARTS + " 个）：请分批上传");
        }
        for (List<UploadedFile> list : files.values()) for (UploadedFile f : list) {
            String name = f.filename();
            if (name == null) continue;
            if (name.length() > MAX_FILE_NAME_CHARS) {
                throw ApiError.badRequest("上传的文件名过长（" + name.length() + " 个字符，上限 " + MAX_FILE_NAME_CHARS + "）");
            }
            if (name.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
                throw ApiError.badRequest("上传的文件名含有控制字符，请改名后再上传");
            }
        }
    }

    /**
     * Deletes the spooled parts before the answer goes out, rather than when Jetty completes the request
     * later: a draft's file is gone by the time its author sees the review.
     */
    static void delete(Context ctx) {
        if (!Uploads.isMultipart(ctx)) return;
        try {
            for (jakarta.servlet.http.Part p : ctx.req().getParts()) p.delete();
        } catch (Exception e) {
            // not parsed (refused before) or already gone: nothing was spooled by this request
        }
    }

    private static int count(Map<String, ? extends List<?>> parts) {
        return parts.values().stream().mapToInt(List::size).sum();
    }

    private static ApiError refusal(Exception e) {
        if (WebServer.causedBy(e, RequestGuard.BodyTooLargeException.class)) return WebServer.tooLarge();
        String why = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) why += " " + String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (why.contains("exceeds max")) return WebServer.tooLarge();
        if (why.contains("too many") || why.contains("max parts") || why.contains("form keys")) {
            return ApiError.badRequest("上传表单的部分过多（上限 " + MAX_PARTS + " 个）：请分批上传");
        }
        if (why.contains("header line exceeded")) {
            return ApiError.badRequest("上传表单某一部分的头信息过长，多为文件名过长（上限 " + MAX_FILE_NAME_CHARS + " 个字符）");
        }
        if (why.contains("illegal character")) {
            return ApiError.badRequest("上传表单某一部分的头信息含有控制字符等非法字符（多在文件名中），请改名后再上传");
        }
        if (why.contains("boundary")) return ApiError.badRequest("上传表单格式不正确：找不到分隔符（boundary），请用浏览器或标准客户端上传");
        org.slf4j.LoggerFactory.getLogger(MultipartForms.class).debug("multipart refused: {}", why);
        return ApiError.badRequest("上传表单不完整或格式不正确（传输中断或未正常结束），请重新上传");
    }
}
