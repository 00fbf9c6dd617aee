package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every URL, path and file name that a command's help mentions is printed whole, on one line: a user copies
 * it from the terminal. (picocli wraps a description at the column's width, anywhere a line may break.)
 */
class HelpTextTest {
    /** A URL, a path (~/.x, a/b/c) or a file name with its extension. */
    private static final Pattern LITERAL = Pattern.compile(
            "https?://[A-Za-z0-9._:/-]+|~?/?[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+/?|[A-Za-z0-9_-]+\\.(?:md|json|model|jar|txt|docx|doc|pdf|yaml)\\b");

    private static void literals(String text, Set<String> out) {
        if (text == null) return;
        Matcher m = LITERAL.matcher(text.replace("${DEFAULT-VALUE}", ""));
        while (m.find()) out.add(m.group());
    }

    private static List<CommandLine> all(CommandLine cmd) {
        List<CommandLine> out = new ArrayList<>(List.of(cmd));
        for (CommandLine sub : cmd.getSubcommands().values()) out.addAll(all(sub));
        return out;
    }

    @Test
    void noUrlPathOrFileNameIsBrokenAcrossLines() {
        int checked = 0;
        for (CommandLine cmd : all(Main.commandLine())) {
            CommandSpec spec = cmd.getCommandSpec();
            Set<String> literals = new LinkedHashSet<>();
            for (String d : spec.usageMessage().description()) literals(d, literals);
            // the command list of the parent shows each subcommand's description too
            for (CommandLine sub : cmd.getSubcommands().values()) {
                for (String d : sub.getCommandSpec().usageMessage().description()) literals(d, literals);
            }
            for (ArgSpec a : spec.args()) {
                for (String d : a.description()) literals(d, literals);
                literals(a.defaultValue(), literals);
            }
            String help = cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String literal : literals) {
                assertTrue(help.contains(literal), spec.qualifiedName() + " --help breaks “" + literal + "”:\n" + help);
                checked++;
            }
        }
        assertTrue(checked >= 8, checked + " literals checked");
    }
}
