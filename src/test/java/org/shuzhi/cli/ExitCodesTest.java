package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The exit codes are documented where users look: every command's --help, docs/contract.md and the manual. */
class ExitCodesTest {
    @Test
    void everyCommandsHelpListsTheExitCodes() {
        CommandLine main = Main.commandLine();
        for (CommandLine cmd : all(main)) {
            StringWriter help = new StringWriter();
            cmd.usage(new PrintWriter(help));
            assertTrue(help.toString().contains("退出码："), cmd.getCommandName() + ": " + help);
            for (Map.Entry<String, String> e : Main.EXIT_CODES.entrySet()) {
                assertTrue(help.toString().contains(e.getKey() + "   " + e.getValue()), cmd.getCommandName() + " lists " + e + ": " + help);
            }
        }
    }

    @Test
    void theContractAndTheManualListTheSameCodes() throws Exception {
        String contract = Files.readString(Path.of("docs/contract.md"), StandardCharsets.UTF_8);
        String manual = Files.readString(Path.of("docs/使用手册.md"), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : Main.EXIT_CODES.entrySet()) {
            assertTrue(contract.contains("| `" + e.getKey() + "` | " + e.getValue() + " |"), "contract.md lists " + e);
            assertTrue(manual.contains("| " + e.getKey() + " | " + e.getValue() + " |"), "使用手册.md lists " + e);
        }
    }

    private static java.util.List<CommandLine> all(CommandLine cmd) {
        java.util.List<CommandLine> out = new java.util.ArrayList<>(java.util.List.of(cmd));
        for (CommandLine sub : cmd.getSubcommands().values()) out.addAll(all(sub));
        return out;
    }
}
