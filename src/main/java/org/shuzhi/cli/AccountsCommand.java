package org.shuzhi.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shuzhi.server.AccountStore;
import org.shuzhi.server.AuditLog;
import org.shuzhi.server.Role;
import org.shuzhi.server.ServerFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The shared server's accounts, managed on the server machine itself (the first administrator too). */
@Command(name = "accounts", description = "管理部门共用服务的账号（保存在档案库旁的 .server 文件夹，或 --state 指定的文件夹）：list 列出，add 新增或修改（密码从标准输入读取），remove 删除。")
public final class AccountsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "list|add|remove", description = "操作")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "账号名")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", description = "角色：审阅人、档案管理员、管理员（add 时必填）")
    String role;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    StateOption stateOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ServerFolder folder = stateOption.folder(archiveOption);
        AccountStore store = AccountStore.open(folder);
        AuditLog audit = new AuditLog(folder, java.time.Clock.systemUTC());
        String actor = "命令行:" + System.getProperty("user.name");
        try {
            switch (action) {
                case "list" -> {
                    if (store.isEmpty()) out.println("尚无账号（服务只供本机单人使用）");
                    store.list().forEach(a -> out.println(a.name() + "\t" + a.role()));
                }
                case "add" -> {
                    if (name == null || role == null) {
                        err.println("参数错误：add 需要账号名和 --role");
                        return 2;
                    }
                    Role r = Role.parse(role);
                    if (store.isEmpty() && r != Role.ADMIN) {
                        err.println("错误：第一个账号必须是管理员（--role 管理员）");
                        return 2;
                    }
                    String password = readPassword(out);
                    boolean existed = store.find(name).isPresent();
                    store.put(name, r, password);
                    audit.record(actor, existed ? "修改账号" : "新增账号", Map.of("account", name, "role", r.chinese()));
                    out.println((existed ? "已修改账号：" : "已新增账号：") + name + "（" + r.chinese() + "）");
                }
                case "remove" -> {
                    if (name == null) {
                        err.println("参数错误：remove 需要账号名");
                        return 2;
                    }
                    if (!store.remove(name)) {
                        err.println("错误：没有这个账号：" + name);
                        return 1;
                    }
                    audit.record(actor, "删除账号", Map.of("account", name));
                    out.println("已删除账号：" + name);
                }
                default -> {
                    err.println("参数错误：操作应为 list、add 或 remove，收到：" + action);
                    return 2;
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("错误：" + e.getMessage());
            return 2;
        }
        return 0;
    }

    /** From the console without echo, or the first line of standard input (for scripts). */
    private static String readPassword(PrintWriter out) throws IOException {
        if (System.console() != null) {
            char[] p = System.console().readPassword("密码（至少 %d 个字符）：", AccountStore.MIN_PASSWORD);
            return p == null ? "" : new String(p);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }
}
