package org.shuzhi.rules;

/** Finds a profile by built-in id or file path. */
public final class Profiles {
    public static final String DEFAULT_ID = "default";

    private Profiles() {}

    public static Profile resolve(String idOrFile) {
        if (idOrFile == null || idOrFile.isBlank() || idOrFile.equals(DEFAULT_ID)) {
            return new Profile(DEFAULT_ID, "通用要求", "");
        }
        throw new IllegalArgumentException("未知的评审要求（profile）：" + idOrFile);
    }
}
