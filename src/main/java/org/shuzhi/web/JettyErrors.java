package org.shuzhi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.shuzhi.review.Json;

/**
 * Errors that Jetty answers itself, before Javalin sees the request (a URL or headers over the limit, a
 * request it cannot parse): the same Chinese JSON as every API error instead of Jetty's English page.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        return ByteBuffer.wrap(body(status));
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) throws IOException {
        base.setHandled(true);
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(body(response.getStatus()));
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确，服务无法解析";
            case 413 -> WebServer.tooLarge().getMessage();
            case 414 -> "请求地址过长（上限 " + WebServer.MAX_URL_KB + " KB）：检索词请缩短后再试";
            case 431 -> "请求头过大（上限 " + WebServer.MAX_URL_KB + " KB）";
            default -> "请求未能处理（HTTP " + status + "）";
        };
    }

    private static byte[] body(int status) {
        try {
            return Json.MAPPER.writeValueAsBytes(Map.of("error", message(status)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
