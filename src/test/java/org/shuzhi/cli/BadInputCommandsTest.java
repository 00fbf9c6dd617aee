package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;
import org.shuzhi.archive.Archive;
import org.shuzhi.review.Json;

/** Bad files among good ones: each refused in one line naming it, the others still done, the exit code 1. */
class BadInputCommandsTest {
    @TempDir
    Path dir;

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Test
    void reviewGoesOnPastEveryKindOfBadFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path junk = Files.write(dir.resolve("junk.docx"), new byte[] {0x13, 0, 7, 42, -1, 0, 3, 9, 0, 0, 12});
        Path locked = FIXTURES.resolve("jinping-shequ-2023-password.doc");
        Path scanned = FIXTURES.resolve("jinping-shequ-2023-scanned.pdf");
        Path gbk = TestFiles.text(dir, "gbk.txt", "2022年度述职报告\r\n我主持支委会12次。\r\n", Charset.forName("GBK"));
        Path word = FIXTURES.resolve("qingshui-shequ-2023.doc");
        List<Path> bad = List.of(empty, junk, locked, scanned);
        CliRun r = CliRun.of("review", "--format", "json", "--no-archive", empty.toString(), gbk.toString(), junk.toString(),
                locked.toString(), word.toString(), scanned.toString());
        assertEquals(1, r.code());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(bad.size(), lines.size(), r.err());
        for (int i = 0; i < bad.size(); i++) {
            assertTrue(lines.get(i).startsWith("错误：") && lines.get(i).contains(bad.get(i).toString()), lines.get(i));
        }
        JsonNode arr = Json.MAPPER.readTree(r.out());
        assertEquals(2, arr.size());
        assertEquals(gbk.toString(), arr.get(0).get("file").asText());
        assertEquals("我主持支委会12次。", arr.get(0).at("/paragraphs/1/text").asText());
        assertEquals(word.toString(), arr.get(1).get("file").asText());
        assertEquals(2023, arr.get(1).at("/meta/year").asInt());
    }

    @Test
    void indexingAFolderListsWhatItRefusedAndSkippedAndKeepsTheRest() throws Exception {
        Path in = Files.createDirectories(dir.resolve("reports"));
        Path sub = Files.createDirectories(in.resolve("2021"));
        Files.copy(Path.of("corpus/reports/chengdong-xiaoxue-2022.txt"), in.resolve("a-chengdong-2022.txt"));
        Files.copy(FIXTURES.resolve("jinping-shequ-2023-password.docx"), in.resolve("b-locked.docx"));
        Files.copy(Path.of("corpus/reports/hengda-jixie-2023.txt"), in.resolve("c-hengda-2023.txt"));
        Files.writeString(in.resolve("notes.xlsx"), "not a report");
        Files.write(in.resolve("~$a-chengdong.docx"), new byte[162]);
        Files.copy(Path.of("corpus/reports/chengdong-xiaoxue-2021.txt"), sub.resolve("chengdong-2021.txt"));
        Path archive = dir.resolve("archive");
        CliRun r = CliRun.of("index", "--archive", archive.toString(), in.toString());
        assertEquals(1, r.code(), r.err());
        List<String> stored = r.out().lines().filter(l -> l.startsWith("已存入：")).toList();
        assertEquals(3, stored.size(), r.out());
        assertTrue(stored.get(0).contains("2021/chengdong-2021.txt"), stored.toString()); // paths in name order
        List<String> err = r.err().strip().lines().toList();
        assertTrue(err.stream().anyMatch(l -> l.startsWith("跳过：") && l.contains("notes.xlsx")), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("跳过：") && l.contains("~$a-chengdong.docx")), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("错误：") && l.contains("b-locked.docx") && l.contains("密码")), r.err());
        // the summary closes the run: how many were not stored, then each with why
        assertEquals("未能存入 1 份：", err.get(err.size() - 2), r.err());
        String last = err.get(err.size() - 1);
        assertTrue(last.contains("b-locked.docx：") && last.contains("密码"), last);
        try (Archive a = Archive.openReadOnly(archive)) {
            assertEquals(3, a.size());
        }
    }

    /** A real `index` in a child JVM, killed (SIGKILL) mid-way: every report it announced is in the archive. */
    @Test
    void killedIndexKeepsEveryReportItAnnounced() throws Exception {
        Path archive = dir.resolve("archive");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", Main.class.getName(), "index", "--archive", archive.toString(), "corpus/reports"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Pattern stored = Pattern.compile("^已存入：(\\S+)（(.+) (\\d{4})年度，\\d+段）$");
        List<String[]> announced = new ArrayList<>();
        int total = Files.list(Path.of("corpus/reports")).toList().size();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; announced.size() < 6 && (line = out.readLine()) != null; ) {
                Matcher m = stored.matcher(line);
                if (m.matches()) announced.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
            child.destroyForcibly(); // no shutdown hooks, no close: most likely in the middle of the next report
            child.waitFor();
        }
        assertEquals(6, announced.size());
        try (Archive a = Archive.open(archive)) {
            assertTrue(a.size() >= announced.size() && a.size() < total, "archive holds " + a.size());
            for (String[] r : announced) {
                assertTrue(a.report(r[1], Integer.parseInt(r[2])).isPresent(), r[0] + " was announced but is not in the archive");
            }
        }
    }
}
