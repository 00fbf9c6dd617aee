package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.web.WebServer;

/**
 * serve's refusals as a user meets them: in a process of its own (the libraries' logging is set up as in
 * {@code java -jar}), one Chinese line on its error stream, nothing else printed, nothing created.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTakenPortIsOneChineseLineAndTheArchiveIsNotTouched() throws Exception {
        Path archive = dir.resolve("archive");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(org.shuzhi.web.WebOptions.LOOPBACK))) {
            Run r = serve("--port", String.valueOf(taken.getLocalPort()), "--archive", archive.toString());
            assertEquals(1, r.code());
            assertEquals("错误：端口 " + taken.getLocalPort() + " 已被占用（用 --port 换一个端口）", r.err().strip(),
                    "only our line, nothing from Javalin or Jetty");
            assertEquals("", r.out());
            assertFalse(Files.exists(archive), "refused before the archive was opened or created");
        }
    }

    @Test
    void demoNeverGoesIntoARealArchive() throws Exception {
        Path archive = dir.resolve("archive");
        try (org.shuzhi.archive.Archive a = org.shuzhi.archive.Archive.open(archive)) {
            a.add(org.shuzhi.document.Report.fromText("r.txt", "2023年度述职报告\n城东小学党支部书记 王丽华\n一、履职主要情况\n我讲党课4次。"),
                    new org.shuzhi.document.ReportMeta("城东小学党支部", 2023, null), org.shuzhi.review.Reviewers.withoutArchive()::label);
        }
        Run r = serve("--demo", "--port", "0", "--archive", archive.toString());
        assertEquals(1, r.code());
        assertEquals("错误：" + archive + " 是正式档案库，--demo 不向其中存入演示报告；去掉 --archive 即使用单独的演示档案库", r.err().strip());
        assertFalse(org.shuzhi.web.DemoArchive.isDemo(archive));
        try (org.shuzhi.archive.Archive a = org.shuzhi.archive.Archive.openReadOnly(archive)) {
            assertEquals(1, a.size());
        }
    }

    @Test
    void demoDataNeverGoesIntoASolrCloudCollection() throws Exception {
        // refused before any connection: no cluster is needed to see it (nothing listens on port 1)
        Run r = serve("--demo", "--solr", "127.0.0.1:1/solr", "--port", "0", "--state", dir.resolve("state").toString());
        assertEquals(2, r.code());
        assertEquals("参数错误：--demo 不能与 --solr 同用：演示报告是虚构的，从不存入 SolrCloud 上的正式档案库；"
                + "想先看看效果，去掉 --solr 即用本机单独的演示档案库", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aSharedSolrServerNeedsAnAdministratorInItsStateFolderFirst() throws Exception {
        Path state = dir.resolve("state");
        Run r = serve("--solr", "127.0.0.1:1/solr", "--host", "0.0.0.0", "--port", "0", "--state", state.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("错误：监听 0.0.0.0 会让其他电脑访问本服务，须先建立管理员账号：",
                "  java -jar shuzhi.jar accounts add --state " + state + " --role 管理员 账号名"), r.err().strip().lines().toList());
    }

    private record Run(int code, String out, String err) {}

    private Run serve(String... args) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(jvm, "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("serve neither refused nor failed within 60 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
