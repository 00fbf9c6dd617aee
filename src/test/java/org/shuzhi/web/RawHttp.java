package org.shuzhi.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a polite client cannot send: any Host header (a rebinding page's),
 * a browser's Origin, a chunked body of any size that keeps coming after the server has answered.
 */
final class RawHttp {
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private RawHttp() {}

    static Answer send(int port, String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        return send(port, method, path, headers, body == null ? null : out -> out.write(body), body == null ? -1 : body.length);
    }

    /** @param length the Content-Length, or -1 to send the body chunked */
    static Answer send(int port, String method, String path, Map<String, String> headers, Body body, long length) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Host", "127.0.0.1:" + port);
            h.putAll(headers);
            h.put("Connection", "close");
            if (body != null) h.put(length >= 0 ? "Content-Length" : "Transfer-Encoding", length >= 0 ? String.valueOf(length) : "chunked");
            h.forEach((k, v) -> {
                if (v != null) head.append(k).append(": ").append(v).append("\r\n");
            });
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                try {
                    body.writeTo(length >= 0 ? out : new Chunked(out));
                    if (length < 0) out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed while the body was still coming: read its answer
                }
            }
            return read(s.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) throw new IOException("no HTTP answer: " + text);
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, c).strip().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = dechunk(body);
        return new Answer(status, headers, body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < b.length) {
            int eol = indexOf(b, i);
            if (eol < 0) break;
            int size = Integer.parseInt(new String(b, i, eol - i, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) break;
            out.append(new String(b, eol + 2, size, StandardCharsets.UTF_8));
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) if (b[i] == '\r' && b[i + 1] == '\n') return i;
        return -1;
    }

    private static final class Chunked extends OutputStream {
        private final OutputStream out;

        Chunked(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) return;
            out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b, off, len);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** {@code count} blocks of {@code block} bytes, so that a huge body needs no memory on our side. */
    static Body repeated(byte[] prefix, byte[] block, int count, byte[] suffix) {
        return out -> {
            out.write(prefix);
            for (int i = 0; i < count; i++) out.write(block);
            out.write(suffix);
        };
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
