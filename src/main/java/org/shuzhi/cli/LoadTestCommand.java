package org.shuzhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shuzhi.bench.LoadTest;
import org.shuzhi.corpus.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "loadtest", description = "负载测试：启动网页评审服务，多个客户端同时提交约 2000 字的自查请求，"
        + "测量被接受请求的延迟、繁忙拒绝（503）、其他错误和服务进程内存；结果写入 docs/benchmarks.md。")
public final class LoadTestCommand implements Callable<Integer> {
    static final String BEGIN = "<!-- loadtest: kept by the loadtest command -->";
    static final String END = "<!-- /loadtest -->";

    @Spec
    CommandSpec spec;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/shuzhi.jar", description = "被测的 jar（默认 ${DEFAULT-VALUE}）")
    Path jar;

    @Option(names = "--clients", defaultValue = "50", description = "同时在线的客户端数（默认 ${DEFAULT-VALUE}）")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "持续秒数（默认 ${DEFAULT-VALUE}）")
    int seconds;

    @Option(names = "--heap", defaultValue = "768m", description = "服务的最大堆（与 README 的启动命令一致，默认 ${DEFAULT-VALUE}）")
    String heap;

    @Option(names = "--port", defaultValue = "7079", description = "服务端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/loadtest", description = "档案库所在目录，每次清空（默认 ${DEFAULT-VALUE}）")
    Path work;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/benchmarks.md", description = "结果文件（默认 ${DEFAULT-VALUE}；写入其中的负载测试一节）")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr(), stdout = spec.commandLine().getOut();
        if (!Files.isRegularFile(jar)) {
            err.println("错误：找不到 jar：" + jar + "（先运行 mvn -B -q package -DskipTests）");
            return 1;
        }
        if (clients < 1 || seconds < 1) {
            err.println("参数错误：--clients 和 --seconds 至少为 1");
            return 2;
        }
        Path archive = work.resolve("archive");
        if (Files.exists(work)) try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.createDirectories(work);
        LoadTest.Result r = LoadTest.run(new LoadTest.Settings(jar, archive, port, clients, seconds, heap), Corpus.bundled());
        String section = BEGIN + "\n\n## Load: concurrent self-checks against `serve`\n\nMeasured by `java -jar target/shuzhi.jar loadtest --clients "
                + clients + " --seconds " + seconds + " --heap " + heap + "` on " + java.time.LocalDate.now() + ".\n\n" + r.markdown() + "\n" + END;
        String doc = Files.exists(out) ? Files.readString(out) : "# Benchmarks\n";
        int b = doc.indexOf(BEGIN), e = doc.indexOf(END);
        doc = b >= 0 && e > b ? doc.substring(0, b) + section + doc.substring(e + END.length()) : doc.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(out, doc);
        stdout.println(r.markdown());
        return r.errors() == 0 ? 0 : 1;
    }
}
