package org.shuzhi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shuzhi.archive.ArchiveException;
import org.shuzhi.archive.solr.SolrConnection;
import org.shuzhi.archive.solr.SolrLocation;
import org.shuzhi.archive.solr.SolrSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code solr init}: the archive's collection on an existing SolrCloud (see docs/deployment.md). */
@Command(name = "solr", description = "SolrCloud 上的档案库：solr init 上传配置集并创建集合。",
        subcommands = {SolrCommand.Init.class})
public final class SolrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "init", description = "把程序自带的配置集（schema、solrconfig）上传到 SolrCloud，并创建档案库集合（已有则重新加载以使用新配置集，报告不受影响）。"
            + "集合名取环境变量 SHUZHI_SOLR_COLLECTION（默认 shuzhi），认证用户名和密码取 SHUZHI_SOLR_USER、SHUZHI_SOLR_PASSWORD。")
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SolrOption solrOption;

        @Option(names = "--shards", defaultValue = "2", description = "分片数（默认 ${DEFAULT-VALUE}）")
        int shards;

        @Option(names = "--replicas", defaultValue = "2", description = "每个分片的副本数（默认 ${DEFAULT-VALUE}）")
        int replicas;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            SolrLocation location = solrOption.location();
            if (location == null) {
                err.println("错误：没有给出 SolrCloud 地址：用 --solr ZK_HOSTS[/chroot] 或环境变量 " + SolrLocation.ENV);
                return 2;
            }
            if (shards < 1 || replicas < 1) {
                err.println("参数错误：分片数和副本数至少为 1");
                return 2;
            }
            try (SolrConnection c = new SolrConnection(location)) {
                SolrSetup.Result r = SolrSetup.init(c, shards, replicas);
                out.printf("已上传配置集 %s；%s%n", r.configSet(), r.created()
                        ? "已创建集合 " + location.collection() + "（" + shards + " 个分片 × " + replicas + " 个副本）"
                        : "集合 " + location.collection() + " 已存在，已重新加载以使用新配置集");
                out.flush();
                return 0;
            } catch (ArchiveException e) {
                err.println("错误：" + e.getMessage());
                return 1;
            }
        }
    }
}
