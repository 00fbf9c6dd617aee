package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shuzhi.review.Json;

/** A real HTTP client for the API tests: JSON and multipart requests, answers parsed as JSON. */
final class Http {
    record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return Json.MAPPER.readTree(body);
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Answer get(String path, Map<String, String> query) throws Exception {
        StringBuilder q = new StringBuilder();
        for (var e : query.entrySet()) {
            q.append(q.length() == 0 ? "?" : "&").append(e.getKey()).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path + q)).GET());
    }

    Answer postJson(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer postFiles(String path, List<Path> files, Map<String, String> fields) throws Exception {
        return postFiles(path, files, fields, Map.of());
    }

    /** @param fileFields further file parts by field name (e.g. a profile beside the reports) */
    Answer postFiles(String path, List<Path> files, Map<String, String> fields, Map<String, Path> fileFields) throws Exception {
        return postFiles(path, files, fields, fileFields, false);
    }

    /** @param chunked sent without a Content-Length, as a streaming client does */
    Answer postFiles(String path, List<Path> files, Map<String, String> fields, Map<String, Path> fileFields, boolean chunked)
            throws Exception {
        String boundary = "----shuzhi" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var e : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (var e : fileFields.entrySet()) part(body, boundary, e.getKey(), e.getValue());
        for (Path f : files) part(body, boundary, "file", f);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.toByteArray()))
                        : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String field, Path f) throws IOException {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(f));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body());
    }
}
