package org.shuzhi.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportReaders;
import org.shuzhi.document.UnreadableReportException;

/**
 * Reads every uploaded {@code file} field as a report, all before any is used: one unreadable or oversized
 * file refuses the whole request with its name, so that nothing is half-done.
 */
final class Uploads {
    static final String FIELD = "file";

    private Uploads() {}

    static boolean isMultipart(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** An uploaded report with the bytes it came as (a batch keeps them for the annotated .docx). */
    record Upload(String name, byte[] bytes, Report report) {}

    static List<Report> reports(Context ctx) {
        return uploads(ctx).stream().map(Upload::report).toList();
    }

    static List<Upload> uploads(Context ctx) {
        List<UploadedFile> files = ctx.uploadedFiles(FIELD);
        if (files.isEmpty()) throw ApiError.badRequest("请至少上传一个报告文件（表单字段 file）");
        List<Upload> out = new ArrayList<>();
        for (UploadedFile f : files) {
            String name = f.filename() == null || f.filename().isBlank() ? "未命名文件" : f.filename();
            try (InputStream in = f.content()) {
                byte[] bytes = in.readAllBytes();
                out.add(new Upload(name, bytes, ReportLimits.check(ReportReaders.read(name, bytes))));
            } catch (UnreadableReportException e) {
                throw new ApiError(422, e.getMessage());
            } catch (IOException e) {
                throw ApiError.badRequest("上传的文件 " + name + " 未能完整接收，请重试");
            }
        }
        return out;
    }
}
