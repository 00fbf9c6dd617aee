package org.shuzhi.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The archive's lexicons: text files bundled from corpus/lexicons (classpath /corpus/lexicons/NAME). */
final class Lexicons {
    private Lexicons() {}

    /** The file's lines, stripped, without blank lines and {@code #} comments. */
    static List<String> lines(String name) {
        String resource = "/corpus/lexicons/" + name;
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
