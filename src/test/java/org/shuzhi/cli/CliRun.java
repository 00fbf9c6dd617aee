package org.shuzhi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command run in-process, as the shell would, with what it printed and its exit code. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
