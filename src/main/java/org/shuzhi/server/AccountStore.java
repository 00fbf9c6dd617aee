package org.shuzhi.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The accounts of a shared server, in {@code accounts.json} of the {@link ServerFolder}. Passwords are
 * hashed with bcrypt (a standard, salted, deliberately slow algorithm); a check against an unknown name
 * costs as much as one against a known name, so timing does not tell which names exist.
 */
public final class AccountStore {
    public static final int MIN_PASSWORD = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(10);
    private static final String FILE = "accounts.json";
    private static final String DUMMY_HASH = BCRYPT.encode("no such account");

    private final ServerFolder folder;
    private List<Account> accounts;

    private AccountStore(ServerFolder folder, List<Account> accounts) {
        this.folder = folder;
        this.accounts = accounts;
    }

    public static AccountStore open(ServerFolder folder) {
        if (!Files.exists(folder.file(FILE))) return new AccountStore(folder, List.of());
        try {
            return new AccountStore(folder, List.copyOf(JSON.readValue(folder.file(FILE).toFile(), new TypeReference<List<Account>>() {})));
        } catch (IOException e) {
            throw new UncheckedIOException("账号文件 " + folder.file(FILE) + " 无法读取：" + e.getMessage(), e);
        }
    }

    public synchronized boolean isEmpty() {
        return accounts.isEmpty();
    }

    public synchronized boolean hasAdmin() {
        return accounts.stream().anyMatch(a -> a.role() == Role.ADMIN);
    }

    public synchronized List<Account.View> list() {
        return accounts.stream().map(Account::view).toList();
    }

    public synchronized Optional<Account> find(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The account whose password this is, or empty: never says which of the two was wrong. */
    public Optional<Account> verify(String name, String password) {
        Optional<Account> a = find(name);
        boolean ok = BCRYPT.matches(password == null ? "" : password, a.map(Account::passwordHash).orElse(DUMMY_HASH));
        return ok ? a : Optional.empty();
    }

    /** Adds an account, or changes the role and password of an existing one. */
    public synchronized Account put(String name, Role role, String password) {
        checkName(name);
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("密码至少 " + MIN_PASSWORD + " 个字符");
        }
        Account a = new Account(name, role, BCRYPT.encode(password));
        List<Account> next = new ArrayList<>(accounts);
        next.removeIf(x -> x.name().equals(name));
        next.add(a);
        save(next);
        return a;
    }

    public synchronized boolean remove(String name) {
        List<Account> next = new ArrayList<>(accounts);
        if (!next.removeIf(x -> x.name().equals(name))) return false;
        if (next.stream().noneMatch(x -> x.role() == Role.ADMIN) && !next.isEmpty()) {
            throw new IllegalArgumentException("不能删除最后一个管理员账号");
        }
        save(next);
        return true;
    }

    private void save(List<Account> next) {
        try {
            folder.writeAtomically(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(next));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        accounts = List.copyOf(next);
    }

    static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 32 || !name.equals(name.strip())
                || name.chars().anyMatch(c -> Character.isISOControl(c) || c == '/')) {
            throw new IllegalArgumentException("账号名应为 1–32 个字符，不含空白开头结尾、控制字符和斜杠：" + name);
        }
    }
}
