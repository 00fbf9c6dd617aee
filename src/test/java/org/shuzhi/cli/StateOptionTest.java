package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.server.AccountStore;
import org.shuzhi.server.ServerFolder;

/**
 * {@code accounts --state DIR} writes the accounts where {@code serve --state DIR} (a SolrCloud archive's server)
 * reads them, not beside the default archive.
 */
class StateOptionTest {
    @TempDir
    Path dir;

    @Test
    void accountsMadeWithStateAreInThatFolderOnly() throws Exception {
        Path state = dir.resolve("state"), archive = dir.resolve("archive");
        InputStream stdin = System.in;
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code;
        try {
            System.setIn(new ByteArrayInputStream("a-long-enough-password\n".getBytes(StandardCharsets.UTF_8)));
            var cmd = Main.commandLine();
            cmd.setOut(new PrintWriter(out));
            cmd.setErr(new PrintWriter(err));
            code = cmd.execute("accounts", "add", "--state", state.toString(), "--archive", archive.toString(), "--role", "管理员", "zhangsan");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, code, err.toString());
        assertTrue(AccountStore.open(ServerFolder.at(state)).hasAdmin());
        assertTrue(Files.isRegularFile(state.resolve("audit.log")), "the account's audit line beside it");
        assertFalse(Files.exists(ServerFolder.of(archive).dir()), "nothing beside the archive");
    }
}
