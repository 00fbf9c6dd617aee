package org.shuzhi.server;

/** An account as stored: its name, role and the password's hash (never the password). */
public record Account(String name, Role role, String passwordHash) {
    /** What may be shown about it. */
    public record View(String name, String role) {}

    public View view() {
        return new View(name, role.chinese());
    }
}
