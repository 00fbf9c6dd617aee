package org.shuzhi.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.shuzhi.review.Reviewers;
import org.shuzhi.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "启动网页评审服务（自查、评阅、档案检索），地址 http://127.0.0.1:7070/。")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "7070", description = "端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("参数错误：端口应在 0–65535 之间");
            return 2;
        }
        WebServer server = WebServer.start(port, Reviewers.withoutArchive());
        spec.commandLine().getOut().println("述职报告评审服务已启动：" + server.url() + "（按 Ctrl+C 停止）");
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return 0;
    }
}
