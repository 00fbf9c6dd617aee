package org.shuzhi.cli;

import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveLocation;
import org.shuzhi.archive.solr.SolrArchive;
import org.shuzhi.archive.solr.SolrLocation;
import org.shuzhi.server.AccountStore;
import org.shuzhi.web.DemoArchive;
import org.shuzhi.web.StateLock;
import org.shuzhi.web.WebOptions;
import org.shuzhi.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "启动网页评审服务（自查、评阅、档案检索），%n地址 http://127.0.0.1:7070/。"
        + "%n加 --demo 则使用单独的演示档案库（首次启动时存入随程序附带的虚构报告），正式档案库不受影响。"
        + "%n加 --solr 则使用 SolrCloud 上的档案库，服务自身数据存放在 --state 文件夹；%n部署说明见 docs/deployment.md。")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "7070", description = "端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "监听地址（默认 ${DEFAULT-VALUE}，只有本机可访问）；其他地址（如 0.0.0.0）供部门共用，须先用 accounts 命令建好管理员账号")
    String host;

    @Option(names = "--allowed-host", paramLabel = "NAME", description = "除 127.0.0.1、localhost、::1 外还接受的主机名（可多次给出；"
            + "其他主机名的请求一律拒绝，以防 DNS 重绑定）")
    List<String> allowedHosts = new ArrayList<>();

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    SolrOption solrOption;

    @Mixin
    StateOption stateOption;

    @Option(names = "--demo", description = "演示：使用单独的演示档案库（默认档案库旁的 demo-archive 目录），%n"
            + "为空时存入随程序附带的虚构报告；正式档案库从不存入演示报告")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("参数错误：端口应在 0–65535 之间：" + port);
            return 2;
        }
        SolrLocation solr;
        try {
            solr = solrOption.location();
        } catch (IllegalArgumentException e) {
            err.println("参数错误：--solr：" + e.getMessage());
            return 2;
        }
        if (solr != null) return serveSolr(solr, out, err);
        java.nio.file.Path directory = demo && archiveOption.archive == null ? ArchiveLocation.demoDirectory() : archiveOption.directory();
        if (demo && Archive.exists(directory) && !DemoArchive.isDemo(directory)) {
            err.println("错误：" + directory + " 是正式档案库，--demo 不向其中存入演示报告；去掉 --archive 即使用单独的演示档案库");
            return 1;
        }
        boolean demoArchive = demo || DemoArchive.isDemo(directory);
        WebOptions options = stateOption.given() ? WebOptions.forState(host, port, Set.copyOf(allowedHosts), stateOption.state)
                : WebOptions.forArchive(host, port, Set.copyOf(allowedHosts), directory);
        if (needsAdmin(options, stateOption.given() ? "--state " + options.serverFolder().dir() : "--archive " + directory, err)) return 1;
        // one server per state folder, taken before binding: a server refused here never starts, so it never wipes
        // the running one's uploads (stopping a started server empties its upload folder)
        StateLock stateLock = lockState(options, err);
        if (stateLock == null) return 1;
        // bound first: a taken port is refused before the archive is touched, and the reviewer loads and
        // Jetty starts while the archive opens
        CompletableFuture<Archive> opening = new CompletableFuture<>();
        WebServer server = bind(options, opening, stateLock, err);
        if (server == null) return 1;
        Archive archive;
        try {
            archive = Archive.open(directory);
            if (demo) DemoArchive.mark(directory);
            WebOptions.wipe(options.uploadDir()); // what a crashed run left
            opening.complete(archive);
        } catch (RuntimeException e) {
            opening.completeExceptionally(e); // requests waiting for the archive get the error too
            server.close(); // wipes only this server's upload folder: the state lock is ours
            stateLock.close();
            if (!(e instanceof ArchiveException)) throw e;
            err.println("错误：" + e.getMessage());
            return 1;
        }
        // a demo archive is seeded after binding, in the background so the pages answer at once (one commit);
        // a real archive never is: the bundled corpus then only warms the pipeline up
        boolean seeding = server.prepareInBackground(DemoArchive::bundled, demoArchive, line -> {
            out.println(line);
            out.flush();
        });
        out.printf("%s：%s（%d 份报告）%n", demoArchive ? "演示档案库" : "档案库", archive.directory(), archive.size());
        if (seeding) out.println("演示档案库为空：正在后台存入演示语料（通常不到半分钟），其间检索和档案比对的结果不全。");
        if (!demoArchive && archive.size() == 0) {
            out.println("档案库为空：用 index 命令或网页“档案检索”存入往年报告；想先看看效果，可用 serve --demo（演示档案库单独存放）。");
        }
        return runUntilStopped(server, archive, stateLock, out);
    }

    /**
     * {@code serve --solr}: the archive is a SolrCloud collection (shared by every server of the department), the
     * server's own data lives in the local {@code --state} folder (one server per folder). Demo reports never go
     * into a real cluster, so {@code --demo} is refused.
     */
    private Integer serveSolr(SolrLocation location, PrintWriter out, PrintWriter err) throws InterruptedException {
        if (demo) {
            err.println("参数错误：--demo 不能与 --solr 同用：演示报告是虚构的，从不存入 SolrCloud 上的正式档案库；"
                    + "想先看看效果，去掉 --solr 即用本机单独的演示档案库");
            return 2;
        }
        WebOptions options = WebOptions.forState(host, port, Set.copyOf(allowedHosts), stateOption.folder(archiveOption).dir());
        java.nio.file.Path state = options.serverFolder().dir();
        if (needsAdmin(options, "--state " + state, err)) return 1;
        StateLock stateLock = lockState(options, err); // before binding, as above
        if (stateLock == null) return 1;
        CompletableFuture<ArchiveEngine> opening = new CompletableFuture<>();
        WebServer server = bind(options, opening, stateLock, err);
        if (server == null) return 1;
        SolrArchive archive = null;
        int reports;
        try {
            archive = SolrArchive.open(location);
            reports = archive.size(); // reaches the cluster now: a wrong address or collection is said at start
            WebOptions.wipe(options.uploadDir()); // what a crashed run left
            opening.complete(archive);
        } catch (RuntimeException e) {
            opening.completeExceptionally(e);
            server.close();
            stateLock.close();
            if (archive != null) archive.close();
            err.println("错误：" + (e instanceof ArchiveException ? e.getMessage() : "无法连接 " + location + "：" + e.getMessage()));
            return 1;
        }
        // a real archive is never seeded: the bundled corpus only warms the pipeline up
        server.prepareInBackground(DemoArchive::bundled, false, line -> {
            out.println(line);
            out.flush();
        });
        out.printf("档案库：%s（%d 份报告）%n", archive.where(), reports);
        out.printf("服务数据（账号、审计日志、问题标记、评阅批次）：%s%n", state);
        if (reports == 0) out.println("档案库为空：用 index --solr 或网页“档案检索”存入往年报告。");
        return runUntilStopped(server, archive, stateLock, out);
    }

    /** Binds the server; a taken port is said in Chinese (null), the state lock given back. */
    private WebServer bind(WebOptions options, CompletableFuture<? extends ArchiveEngine> opening, StateLock stateLock, PrintWriter err) {
        try {
            return WebServer.start(options, opening);
        } catch (JavalinBindException e) {
            stateLock.close();
            err.println("错误：端口 " + port + " 已被占用（用 --port 换一个端口）");
            return null;
        }
    }

    /** Says the server is up and serves until the process is stopped, then closes server, archive and state lock. */
    private static int runUntilStopped(WebServer server, ArchiveEngine archive, StateLock stateLock, PrintWriter out)
            throws InterruptedException {
        out.println("述职报告评审服务已启动：" + server.url() + "（按 Ctrl+C 停止）");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            archive.close();
            stateLock.close();
        }));
        new CountDownLatch(1).await();
        return 0;
    }

    /** A server other machines reach needs an administrator first: says how to make one ({@code where}: the option naming its folder). */
    private boolean needsAdmin(WebOptions options, String where, PrintWriter err) {
        if (options.loopbackOnly() || AccountStore.open(options.serverFolder()).hasAdmin()) return false;
        err.println("错误：监听 " + host + " 会让其他电脑访问本服务，须先建立管理员账号：");
        err.println("  java -jar shuzhi.jar accounts add " + where + " --role 管理员 账号名");
        return true;
    }

    /** This server's hold on its folder of accounts, marks and uploads; null after saying another server has it. */
    private static StateLock lockState(WebOptions options, PrintWriter err) {
        StateLock lock = StateLock.tryLock(options.serverFolder().dir());
        if (lock == null) {
            err.println("错误：服务数据文件夹 " + options.serverFolder().dir() + " 正由另一个 serve 使用"
                    + "（同一文件夹只能有一个服务；另起一个服务请用 --state 指定另一个文件夹）");
        }
        return lock;
    }
}
