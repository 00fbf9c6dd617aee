package org.shuzhi.server;

import java.util.Arrays;

/** What an account may do; each role may do everything the ones before it may. */
public enum Role {
    /** May review, search, see units' histories and mark findings. */
    REVIEWER("审阅人"),
    /** May also file, correct and remove archived reports. */
    ARCHIVIST("档案管理员"),
    /** May also manage accounts. */
    ADMIN("管理员");

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean allows(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** A role by its Chinese name or its English constant, as users type it. */
    public static Role parse(String s) {
        for (Role r : values()) if (r.chinese.equals(s.strip()) || r.name().equalsIgnoreCase(s.strip())) return r;
        throw new IllegalArgumentException("没有这个角色：" + s + "（可选：" + String.join("、", Arrays.stream(values()).map(Role::chinese).toList()) + "）");
    }
}
