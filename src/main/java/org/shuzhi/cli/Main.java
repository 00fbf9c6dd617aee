package org.shuzhi.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar shuzhi.jar COMMAND ...}. */
@Command(name = "shuzhi", mixinStandardHelpOptions = true, version = "shuzhi 0.1.0",
        description = "述职报告质量评审：党组织书记抓基层党建工作述职报告的自动预审。",
        subcommands = {ReviewCommand.class, IndexCommand.class, SearchCommand.class, TrainCommand.class, TrainCausesCommand.class,
                ServeCommand.class, ProfilesCommand.class, EvaluateRulesCommand.class, EvaluateArchiveCommand.class, BenchCommand.class,
                LoadTestCommand.class, AccountsCommand.class, RemoveCommand.class, UnitsCommand.class, HistoryCommand.class,
                OverviewCommand.class, MeetingCommand.class, ScoreCommand.class, BatchesCommand.class,
                SolrCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests set their own out/err writers on it. */
    public static CommandLine commandLine() {
        Logging.quiet();
        CommandLine cli = new CommandLine(new Main());
        // Every command answers --help and --version, as the error message promises.
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        // ... and says what its exit codes mean (docs/contract.md lists the same)
        exitCodes(cli);
        cli.setResourceBundle(ResourceBundle.getBundle("cli.Messages"));
        return cli
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("错误：" + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                });
    }

    /** The exit codes every command keeps: what {@code --help} lists and docs/contract.md documents. */
    static final Map<String, String> EXIT_CODES = exitCodeList();

    private static Map<String, String> exitCodeList() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "成功");
        m.put("1", "有文件、档案或运行中的错误（一行“错误：”说明；一批文件中其余的照常处理）");
        m.put("2", "命令写错：选项或参数有误（一行“参数错误：”说明）");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void exitCodes(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%n退出码：%n").exitCodeList(EXIT_CODES);
        cmd.getSubcommands().values().forEach(Main::exitCodes);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("参数错误：" + chinese(e) + "（用 --help 查看用法）");
        return 2;
    }

    /** picocli's usage errors in the users' language, naming the option and the value; others as they are. */
    static String chinese(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException m) {
            return "缺少 " + m.getMissing().stream().map(Main::name).collect(Collectors.joining("、"));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return "无法识别的选项或参数：" + String.join(" ", u.getUnmatched());
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            Matcher m = EXCLUSIVE.matcher(e.getMessage());
            if (m.find()) return m.group(1) + " 不能同时使用";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String msg = name(e.getArgSpec()) + " 的值“" + e.getValue() + "”无效";
            Iterable<String> choices = e.getArgSpec().completionCandidates();
            if (choices != null) msg += "，应为 " + String.join(" 或 ", choices);
            else if (e.getArgSpec().type() == Integer.class || e.getArgSpec().type() == int.class) msg += "，应为整数";
            return msg;
        }
        return e.getMessage();
    }

    private static final Pattern EXCLUSIVE = Pattern.compile("Error: (.+) are mutually exclusive");

    private static String name(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
