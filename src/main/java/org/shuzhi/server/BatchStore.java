package org.shuzhi.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The 评阅 batches of a server: a meeting's reports kept under a name (会议名称), a date and a profile, so that
 * a batch outlives the page and the server. Unlike a self-check draft, which is never stored, a meeting's
 * reports are official documents: the original file (the annotated .docx is made from it), the review made
 * at upload (reused, not redone, until the profile or the reviewer's metadata changes), the reviewer's edited
 * 点评, the unit / name / year / role the reviewer confirmed, and whether it was filed into the archive.
 *
 * <p>On disk, under the server folder: {@code batches/<id>/batch.json} (small: names, edits, who and when;
 * rewritten on every change), {@code batches/<id>/<report>.original} (the uploaded bytes) and
 * {@code batches/<id>/<report>.v<n>.json} (the review as JSON, a new version when it is redone). Every file
 * is written whole or not at all and forced to disk ({@link AtomicFiles}); {@code batch.json} is written
 * last, so a crash leaves the previous batch, never a half one. A damaged {@code batch.json} is reported by
 * name, in Chinese, and every other batch still loads. The review JSON is kept as bytes: this package knows
 * nothing of reviews.
 */
public final class BatchStore {
    public static final int MAX_BATCHES = 500;
    public static final int MAX_REPORTS = 100;
    /** The originals of one batch together: a hundred Word files with pictures fit. */
    public static final long MAX_BATCH_BYTES = 300L * 1024 * 1024;
    public static final int MAX_NAME_CHARS = 80;
    public static final int MAX_COMMENT_CHARS = 3000;
    static final String DIR = "batches";
    static final String FILE = "batch.json";
    static final int FORMAT = 1;
    private static final Pattern ID = Pattern.compile("[a-z2-7]{12}");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What went wrong, for the caller to answer with (404, 400, 413, 500). */
    public enum Problem { NOT_FOUND, INVALID, TOO_MANY, DAMAGED }

    /** A refused or failed batch operation, with a Chinese message for the user. */
    public static final class BatchException extends RuntimeException {
        private final Problem problem;

        BatchException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Unit, name, year and role as the reviewer gave or confirmed them (null: as read from the report). */
    public record Given(String unit, String name, Integer year, String role, String user, String time) {}

    /** The reviewer's own 点评, replacing the draft. */
    public record Comment(String text, String user, String time) {}

    /** Filed into the archive under this unit and year. */
    public record Filed(String unit, Integer year, String user, String time) {}

    /** One report of a batch; {@code version} names its current review file. */
    public record Entry(String id, String file, long size, String sha256, int version, String added, String addedBy,
                        Given given, Comment comment, Filed filed) {}

    public record Batch(int format, String id, String name, String date, String profile, String created, String createdBy,
                        String modified, String modifiedBy, List<Entry> reports) {
        public Batch {
            reports = reports == null ? List.of() : List.copyOf(reports);
        }

        public Entry report(String reportId) {
            return reports.stream().filter(e -> e.id().equals(reportId)).findFirst()
                    .orElseThrow(() -> new BatchException(Problem.NOT_FOUND, "会议材料“" + name + "”中没有这份报告：" + reportId));
        }

        long bytes() {
            return reports.stream().mapToLong(Entry::size).sum();
        }
    }

    public record Summary(String id, String name, String date, String profile, int reports, int filed, String created,
                          String createdBy, String modified, String modifiedBy) {
        static Summary of(Batch b) {
            return new Summary(b.id(), b.name(), b.date(), b.profile(), b.reports().size(),
                    (int) b.reports().stream().filter(e -> e.filed() != null).count(), b.created(), b.createdBy(), b.modified(), b.modifiedBy());
        }
    }

    /** A batch whose record cannot be read: which one, and why, in Chinese. */
    public record Damaged(String id, String error) {}

    /** Every batch, newest change first, and those that could not be read. */
    public record Listing(List<Summary> batches, List<Damaged> damaged) {}

    private final Path dir;
    private final Clock clock;

    public BatchStore(ServerFolder folder, Clock clock) {
        this.dir = folder.dir().resolve(DIR);
        this.clock = clock;
        sweep();
    }

    public Path dir() {
        return dir;
    }

    public synchronized Listing list() {
        List<Summary> batches = new ArrayList<>();
        List<Damaged> damaged = new ArrayList<>();
        for (String id : ids()) {
            try {
                batches.add(Summary.of(read(id)));
            } catch (BatchException e) {
                if (e.problem() == Problem.DAMAGED) damaged.add(new Damaged(id, e.getMessage()));
            }
        }
        batches.sort(Comparator.comparing(Summary::modified, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Listing(List.copyOf(batches), List.copyOf(damaged));
    }

    public synchronized Batch get(String id) {
        return read(id);
    }

    public synchronized Batch create(String name, String date, String profile, String user) {
        return locked(() -> {
            String n = name(name);
            String d = date(date);
            String p = profile(profile);
            if (ids().size() >= MAX_BATCHES) {
                throw new BatchException(Problem.TOO_MANY, "会议材料已达 " + MAX_BATCHES + " 批的上限，请先删除不再需要的批次");
            }
            String id = newId();
            String now = now();
            Batch b = new Batch(FORMAT, id, n, d, p, now, user, now, user, List.of());
            write(b);
            return b;
        });
    }

    /** Renames or re-dates a batch; a null argument leaves that field as it is. */
    public synchronized Batch update(String id, String name, String date, String user) {
        return locked(() -> {
            Batch b = read(id);
            return write(new Batch(FORMAT, id, name == null ? b.name() : name(name), date == null ? b.date() : date(date),
                    b.profile(), b.created(), b.createdBy(), now(), user, b.reports()));
        });
    }

    /**
     * Changes the profile with each report's review redone under it ({@code reviews} by report id): the new
     * reviews are written first, then the batch names them, then the old ones go.
     */
    public synchronized Batch reviewedAgain(String id, String profile, Map<String, byte[]> reviews, String user) {
        return locked(() -> {
            Batch b = read(id);
            String p = profile(profile);
            List<Entry> next = new ArrayList<>();
            List<Path> old = new ArrayList<>();
            for (Entry e : b.reports()) {
                byte[] review = reviews.get(e.id());
                if (review == null) {
                    next.add(e);
                    continue;
                }
                Entry n = withVersion(e, e.version() + 1);
                writeFile(reviewFile(id, n), review);
                old.add(reviewFile(id, e));
                next.add(n);
            }
            Batch out = write(new Batch(FORMAT, id, b.name(), b.date(), p, b.created(), b.createdBy(), now(), user, next));
            old.forEach(BatchStore::deleteQuietly);
            return out;
        });
    }

    /** Adds a report: its original bytes and its review, then the batch that lists it. */
    public synchronized Entry addReport(String id, String file, byte[] original, byte[] review, Given given, String user) {
        return locked(() -> {
            Batch b = read(id);
            if (b.reports().size() >= MAX_REPORTS) {
                throw new BatchException(Problem.TOO_MANY, "会议材料“" + b.name() + "”已有 " + MAX_REPORTS + " 份报告，达到每批上限；请另建一批");
            }
            if (b.bytes() + original.length > MAX_BATCH_BYTES) {
                throw new BatchException(Problem.TOO_MANY, "会议材料“" + b.name() + "”的文件合计将超过 " + MAX_BATCH_BYTES / 1024 / 1024
                        + " MB 的上限；请另建一批");
            }
            String now = now();
            Entry e = new Entry(newId(), file, original.length, sha256(original), 1, now, user, stamped(given, user, now), null, null);
            writeFile(originalFile(id, e.id()), original);
            writeFile(reviewFile(id, e), review);
            List<Entry> next = new ArrayList<>(b.reports());
            next.add(e);
            write(new Batch(FORMAT, id, b.name(), b.date(), b.profile(), b.created(), b.createdBy(), now, user, next));
            return e;
        });
    }

    public synchronized Batch removeReport(String id, String reportId, String user) {
        return locked(() -> {
            Batch b = read(id);
            Entry e = b.report(reportId);
            List<Entry> next = new ArrayList<>(b.reports());
            next.remove(e);
            Batch out = write(new Batch(FORMAT, id, b.name(), b.date(), b.profile(), b.created(), b.createdBy(), now(), user, next));
            deleteQuietly(originalFile(id, reportId));
            deleteQuietly(reviewFile(id, e));
            return out;
        });
    }

    /** Keeps the reviewer's 点评 (null or blank: back to the draft). */
    public synchronized Entry setComment(String id, String reportId, String text, String user) {
        return locked(() -> {
            String t = text == null || text.isBlank() ? null : text.strip();
            if (t != null && t.codePointCount(0, t.length()) > MAX_COMMENT_CHARS) {
                throw new BatchException(Problem.INVALID, "点评意见过长（上限 " + MAX_COMMENT_CHARS + " 字）");
            }
            String now = now();
            return change(id, reportId, user, e -> new Entry(e.id(), e.file(), e.size(), e.sha256(), e.version(), e.added(),
                    e.addedBy(), e.given(), t == null ? null : new Comment(t, user, now), e.filed()));
        });
    }

    /**
     * Keeps the unit / name / year / role the reviewer gave, with the report's review redone under them
     * ({@code review}: null keeps the current one).
     */
    public synchronized Entry setGiven(String id, String reportId, Given given, byte[] review, String user) {
        return locked(() -> {
            Entry e = read(id).report(reportId);
            Entry n = new Entry(e.id(), e.file(), e.size(), e.sha256(), review == null ? e.version() : e.version() + 1, e.added(),
                    e.addedBy(), stamped(given, user, now()), e.comment(), e.filed());
            if (review != null) writeFile(reviewFile(id, n), review);
            Entry out = change(id, reportId, user, x -> n);
            if (review != null) deleteQuietly(reviewFile(id, e));
            return out;
        });
    }

    /** Marks reports as filed into the archive ({@code filed} by report id). */
    public synchronized Batch filed(String id, Map<String, Filed> filed, String user) {
        return locked(() -> {
            Batch b = read(id);
            List<Entry> next = new ArrayList<>();
            for (Entry e : b.reports()) {
                Filed f = filed.get(e.id());
                next.add(f == null ? e : new Entry(e.id(), e.file(), e.size(), e.sha256(), e.version(), e.added(), e.addedBy(),
                        e.given(), e.comment(), f));
            }
            return write(new Batch(FORMAT, id, b.name(), b.date(), b.profile(), b.created(), b.createdBy(), now(), user, next));
        });
    }

    public synchronized byte[] original(String id, String reportId) {
        read(id).report(reportId);
        return readFile(originalFile(id, reportId), "原始文件");
    }

    public synchronized byte[] review(String id, String reportId) {
        Entry e = read(id).report(reportId);
        return readFile(reviewFile(id, e), "评阅结果");
    }

    /** Deletes a batch: its folder is renamed aside at once (atomic), then removed. */
    public synchronized void delete(String id) {
        locked(() -> {
            Path d = batchDir(id);
            if (!Files.isRegularFile(d.resolve(FILE))) throw notFound(id);
            Path aside = dir.resolve(".deleting-" + id);
            try {
                Files.move(d, aside, StandardCopyOption.ATOMIC_MOVE);
                AtomicFiles.forceDirectory(dir);
                deleteTree(aside);
            } catch (IOException e) {
                throw new UncheckedIOException("无法删除会议材料 " + d + "：" + e.getMessage(), e);
            }
            return null;
        });
    }

    /** A time for records: when a reviewer stamps something. */
    public String now() {
        return Instant.now(clock).toString();
    }

    /**
     * Runs a read-modify-write of the store holding the folder's lock: the server and a {@code batches} command
     * on the same archive (two processes), or two stores in one process, never lose each other's edits.
     */
    private <T> T locked(Supplier<T> work) {
        return FolderLock.holding(dir, work);
    }

    private Entry change(String id, String reportId, String user, UnaryOperator<Entry> edit) {
        Batch b = read(id);
        Entry old = b.report(reportId);
        Entry n = edit.apply(old);
        List<Entry> next = new ArrayList<>(b.reports());
        next.set(next.indexOf(old), n);
        write(new Batch(FORMAT, id, b.name(), b.date(), b.profile(), b.created(), b.createdBy(), now(), user, next));
        return n;
    }

    private static Entry withVersion(Entry e, int version) {
        return new Entry(e.id(), e.file(), e.size(), e.sha256(), version, e.added(), e.addedBy(), e.given(), e.comment(), e.filed());
    }

    private static Given stamped(Given g, String user, String time) {
        if (g == null || (g.unit() == null && g.name() == null && g.year() == null && g.role() == null)) return null;
        return new Given(g.unit(), g.name(), g.year(), g.role(), user, time);
    }

    private Batch read(String id) {
        Path f = batchDir(id).resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw notFound(id);
        } catch (IOException e) {
            throw new BatchException(Problem.DAMAGED, "会议材料记录 " + f + " 无法读取：" + e.getMessage());
        }
        Batch b;
        try {
            b = JSON.readValue(bytes, Batch.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
            throw new BatchException(Problem.DAMAGED, "会议材料记录 " + f + " 已损坏" + where + "，无法打开这一批；其他批次不受影响。"
                    + "可从备份恢复该文件，或删除其所在文件夹");
        } catch (IOException e) {
            throw new BatchException(Problem.DAMAGED, "会议材料记录 " + f + " 无法读取：" + e.getMessage());
        }
        if (b == null || !id.equals(b.id()) || b.name() == null) {
            throw new BatchException(Problem.DAMAGED, "会议材料记录 " + f + " 内容不完整（缺少编号或名称），无法打开这一批；其他批次不受影响");
        }
        if (b.format() > FORMAT) {
            throw new BatchException(Problem.DAMAGED, "会议材料记录 " + f + " 由更新版本的程序写入（格式 " + b.format() + "），请升级后再打开");
        }
        return b;
    }

    private Batch write(Batch b) {
        try {
            writeFile(batchDir(b.id()).resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(b));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return b;
    }

    private void writeFile(Path f, byte[] content) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                AtomicFiles.forceDirectory(dir.getParent());
            }
            AtomicFiles.write(f, content);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入会议材料 " + f + "：" + e.getMessage(), e);
        }
    }

    private byte[] readFile(Path f, String what) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new BatchException(Problem.DAMAGED, "会议材料的" + what + " " + f + " 缺失或无法读取：" + e.getMessage());
        }
    }

    private List<String> ids() {
        if (!Files.isDirectory(dir)) return List.of();
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> ID.matcher(n).matches())
                    .filter(n -> Files.exists(dir.resolve(n).resolve(FILE))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取会议材料文件夹 " + dir + "：" + e.getMessage(), e);
        }
    }

    /** A batch's folder; an id that is not one of ours (a path, a guess) is simply not found. */
    private Path batchDir(String id) {
        if (id == null || !ID.matcher(id).matches()) throw notFound(id);
        return dir.resolve(id);
    }

    private Path originalFile(String id, String reportId) {
        if (!ID.matcher(reportId).matches()) throw new BatchException(Problem.NOT_FOUND, "没有这份报告：" + reportId);
        return batchDir(id).resolve(reportId + ".original");
    }

    private Path reviewFile(String id, Entry e) {
        return batchDir(id).resolve(e.id() + ".v" + e.version() + ".json");
    }

    private static BatchException notFound(String id) {
        return new BatchException(Problem.NOT_FOUND, "没有这批会议材料：" + id + "（可能已被删除）");
    }

    /** Finishes deletions a crash interrupted. */
    private void sweep() {
        if (!Files.isDirectory(dir)) return;
        try (var s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().startsWith(".deleting-")) deleteTree(p);
            }
        } catch (IOException e) {
            // left for the next start: a folder set aside is never listed
        }
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new BatchException(Problem.INVALID, "请填写会议名称");
        if (n.codePointCount(0, n.length()) > MAX_NAME_CHARS) {
            throw new BatchException(Problem.INVALID, "会议名称过长（上限 " + MAX_NAME_CHARS + " 字）");
        }
        if (n.chars().anyMatch(Character::isISOControl)) throw new BatchException(Problem.INVALID, "会议名称不能含控制字符");
        return n;
    }

    private static String date(String date) {
        if (date == null || date.isBlank()) return null;
        try {
            return LocalDate.parse(date.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new BatchException(Problem.INVALID, "会议日期应写作 年-月-日（如 2024-01-18），收到：" + date);
        }
    }

    private static String profile(String profile) {
        if (profile == null || profile.isBlank()) throw new BatchException(Problem.INVALID, "请选择评审要求（profile）");
        return profile.strip();
    }

    private static String newId() {
        char[] alphabet = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) id[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        return new String(id);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // an orphaned review version is never read: the batch names the current one
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var files = Files.list(p)) {
                for (Path f : (Iterable<Path>) files::iterator) deleteTree(f);
            }
        }
        Files.deleteIfExists(p);
    }
}
