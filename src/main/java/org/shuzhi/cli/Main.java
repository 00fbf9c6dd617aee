package org.shuzhi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar shuzhi.jar COMMAND ...}. */
@Command(name = "shuzhi", mixinStandardHelpOptions = true, version = "shuzhi 0.1.0",
        description = "述职报告质量评审：党组织书记抓基层党建工作述职报告的自动预审。",
        subcommands = {ReviewCommand.class, IndexCommand.class, SearchCommand.class, TrainCommand.class,
                ServeCommand.class, EvaluateRulesCommand.class, EvaluateArchiveCommand.class, BenchCommand.class})
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
        return cli
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("错误：" + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                });
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("参数错误：" + e.getMessage() + "（用 --help 查看用法）");
        return 2;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
