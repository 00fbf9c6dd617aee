package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.shuzhi.rules.RuleCatalog;

/**
 * LibreOffice's own LanguageTool client (Writer's "LanguageTool Remote Grammar Checker") against the real
 * server, driven headless through UNO by src/test/python/libreoffice_check.py: configured with the base URL
 * as a secretary would, it asks {@code /v2/languages}, then checks each paragraph of a weak corpus report as
 * Writer does while one types. What it would underline must be what the self-check marks on that paragraph.
 * Skipped when LibreOffice or its Python bridge is not installed (README's prerequisites name them).
 */
class LibreOfficeClientTest {
    static final String PYTHON = "/usr/bin/python3";
    @TempDir
    static Path dir;
    static Archive archive;
    static WebServer server;
    static Process office;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(succeeds(List.of("soffice", "--version")) && succeeds(List.of(PYTHON, "-c", "import uno")),
                "LibreOffice and its Python bridge are not installed (apt-get install -y libreoffice-writer python3-uno)");
        archive = WebFixtures.seededArchive(dir);
        server = WebServer.start(0, archive);
        office = new ProcessBuilder("soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                "-env:UserInstallation=" + dir.resolve("office-profile").toUri(), "--accept=pipe,name=" + pipe() + ";urp;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (office != null) {
            office.descendants().forEach(ProcessHandle::destroy);
            office.destroy();
            if (!office.waitFor(30, TimeUnit.SECONDS)) office.destroyForcibly();
        }
        if (server != null) server.close();
        if (archive != null) archive.close();
    }

    private static String pipe() {
        return "shuzhi-test-" + ProcessHandle.current().pid();
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void libreOfficeUnderlinesWhereTheSelfCheckMarks() throws Exception {
        List<String> texts = Corpus.bundled().text("chengdong-xiaoxue-2020").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Path input = dir.resolve("texts.json");
        Files.writeString(input, Json.MAPPER.writeValueAsString(texts), StandardCharsets.UTF_8);
        String base = server.url() + "v2";
        Process p = new ProcessBuilder(PYTHON, Path.of("src/test/python/libreoffice_check.py").toAbsolutePath().toString(),
                pipe(), base, input.toString()).redirectError(dir.resolve("python.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the LibreOffice client did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("python.log")));
        JsonNode result = Json.MAPPER.readTree(out);

        assertEquals("[\"zh-CN\"]", result.get("locales").toString(), "what LibreOffice learnt from /v2/languages");
        Http http = new Http(server.url());
        int underlined = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            TreeSet<String> libreOffice = new TreeSet<>();
            for (JsonNode e : result.get("checks").get(i)) {
                // LibreOffice shows "message" as its short comment and "shortMessage" (the rule's name) as the full one
                libreOffice.add(e.get("start").asInt() + "+" + e.get("length").asInt() + " " + e.get("full").asText());
                assertTrue(e.get("short").asText().contains("。"), "the finding's message: " + e);
            }
            assertEquals(SelfCheckSpans.of(http, text, code -> RuleCatalog.standard().get(code).name()), libreOffice,
                    "paragraph " + (i + 1) + ": " + text);
            underlined += libreOffice.size();
        }
        assertTrue(underlined >= 5, underlined + " underlines in the whole report");
    }
}
