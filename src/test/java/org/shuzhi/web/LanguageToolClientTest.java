package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Json;

/**
 * A real client of LanguageTool's protocol against the real server: {@code languagetool-api} from the npm
 * registry (src/test/node), run by Node.js as LibreOffice would use the server, one paragraph at a time.
 * The client's parsed matches must point where the self-check marks the same paragraph, and its own
 * reading of {@code context} must give the very words at those offsets. Skipped only when Node.js is not
 * installed ({@code .ci/run} installs it; README names it among the prerequisites).
 */
class LanguageToolClientTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static Path client;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(has("node") && has("npm"), "Node.js and npm are not installed (apt-get install -y nodejs npm): "
                + "the LanguageTool client test needs them");
        client = installClient();
        archive = WebFixtures.seededArchive(dir);
        server = WebServer.start(0, archive);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    private static boolean has(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The client as its lockfile pins it, installed under target/ (never in the source tree). */
    private static Path installClient() throws Exception {
        Path source = Path.of("src/test/node"), to = Path.of("target/languagetool-client");
        Files.createDirectories(to);
        for (String f : List.of("package.json", "package-lock.json", "lt-client.js")) {
            Files.copy(source.resolve(f), to.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(to.resolve("node_modules/languagetool-api"))) {
            run(to, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 600);
        }
        return to;
    }

    private static String run(Path in, List<String> command, int seconds) throws Exception {
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Runs the client on {@code texts}; its codes() and, per text, the matches it parsed and its showMistakes(). */
    private static JsonNode runClient(List<String> texts) throws Exception {
        ObjectNode input = Json.MAPPER.createObjectNode().put("language", "zh-CN");
        texts.forEach(input.putArray("texts")::add);
        Path file = dir.resolve("input.json");
        Files.writeString(file, input.toString(), StandardCharsets.UTF_8);
        String base = server.url().substring(0, server.url().length() - 1);
        return Json.MAPPER.readTree(run(client, List.of("node", "lt-client.js", base, file.toAbsolutePath().toString()), 300));
    }

    @Test
    void theClientListsChineseAndUnderlinesWhereTheSelfCheckMarks() throws Exception {
        // a weak report's paragraphs, each sent alone as LibreOffice sends them
        List<String> texts = Corpus.bundled().text("chengdong-xiaoxue-2020").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        JsonNode out = runClient(texts);

        List<String> codes = new ArrayList<>();
        out.get("codes").forEach(c -> codes.add(c.get("longCode").asText()));
        assertEquals(List.of("zh-CN"), codes);

        int underlined = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            JsonNode check = out.get("checks").get(i);
            TreeSet<String> parsed = new TreeSet<>();
            for (JsonNode m : check.get("matches")) {
                parsed.add(m.get("offset").asInt() + "+" + m.get("length").asInt() + " " + m.at("/rule/id").asText());
            }
            assertEquals(SelfCheckSpans.of(new Http(server.url()), text, code -> code), parsed, "paragraph " + (i + 1) + ": " + text);
            for (int k = 0; k < check.get("matches").size(); k++) {
                JsonNode m = check.get("matches").get(k);
                int off = m.get("offset").asInt(), len = m.get("length").asInt();
                assertEquals(text.substring(off, off + len), check.get("mistakes").get(k).asText(), "the client's own reading of " + m);
            }
            underlined += parsed.size();
        }
        assertTrue(underlined >= 5, underlined + " matches in the whole report");
    }
}
