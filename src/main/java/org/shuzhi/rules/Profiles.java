package org.shuzhi.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds a profile by built-in id (resources /profiles/ID.yaml) or by the path of a user's file. */
public final class Profiles {
    public static final String DEFAULT_ID = "default";
    private static final Map<String, Profile> BUILT_IN = loadBuiltIns();

    private Profiles() {}

    /** The built-in profiles in the order of profiles/index.txt. */
    public static List<Profile> builtIn() {
        return new ArrayList<>(BUILT_IN.values());
    }

    public static Profile resolve(String idOrFile) {
        if (idOrFile == null || idOrFile.isBlank()) return BUILT_IN.get(DEFAULT_ID);
        Profile p = BUILT_IN.get(idOrFile.strip());
        if (p != null) return p;
        Path file = Path.of(idOrFile);
        if (Files.isRegularFile(file)) {
            try {
                return ProfileReader.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ProfileException("无法读取评审要求文件“" + idOrFile + "”：" + e.getMessage());
            }
        }
        throw new ProfileException("未知的评审要求（profile）：“" + idOrFile + "”；内置的有：" + String.join("、", BUILT_IN.keySet())
                + "，或给出 YAML 文件路径");
    }

    private static Map<String, Profile> loadBuiltIns() {
        Map<String, Profile> out = new LinkedHashMap<>();
        for (String id : resource("index.txt").split("\\R")) {
            id = id.strip();
            if (id.isEmpty() || id.startsWith("#")) continue;
            Profile p = ProfileReader.read(id + ".yaml", resource(id + ".yaml"));
            if (!p.id().equals(id)) throw new IllegalStateException("profile " + id + ".yaml declares id " + p.id());
            out.put(id, p);
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Profiles.class.getResourceAsStream("/profiles/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource /profiles/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
