package org.shuzhi.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * A .docx's zip as POI reads it, with every inflated byte counted. The entries are listed from the central
 * directory, which inflates nothing; an entry is inflated at most once, when POI first asks for it, and kept.
 * Bounds, each refusal naming its reason in Chinese ({@link Refused}):
 * <ul>
 * <li>at most {@link #MAX_ENTRIES} entries, read from the end record before the directory is parsed;
 * <li>what the directory declares may not add up to more than {@link #MAX_DECLARED_BYTES};
 * <li>what is really inflated (a directory can lie): at most {@link #MAX_ENTRY_BYTES} an entry and
 *     {@link #MAX_TOTAL_BYTES} in all, and an entry that grows past {@link #RATIO_GRACE_BYTES} at more than
 *     {@link #MAX_RATIO} times its compressed size is a bomb.
 * </ul>
 * POI's own guard ({@code ZipSecureFile}) is not used: it refuses any entry above 100 : 1 after 100 KB, which
 * a long, repetitive but real document.xml reaches (a paragraph repeated 3,000 times: 240 : 1), it bounds no
 * total, and its settings are process-wide. Here a repetitive part passes as long as it is of a size a report
 * can have, and a bomb stops at 8 MB.
 */
final class BoundedZip implements ZipEntrySource {
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_DECLARED_BYTES = 512L << 20;
    /** A real report's document.xml is a few MB; POI's XML objects take many times the text in memory. */
    static final long MAX_ENTRY_BYTES = 32L << 20;
    static final long MAX_TOTAL_BYTES = 128L << 20;
    /** Below this an entry may inflate at any ratio: a real document.xml of a long, repetitive report stays under it. */
    static final long RATIO_GRACE_BYTES = 8L << 20;
    /**
     * Deflate reaches about 1,000 : 1 on endless repetition (a bomb); Word XML of one paragraph repeated
     * 3,000 to 20,000 times reaches 240–290 : 1, prose far less.
     */
    static final int MAX_RATIO = 500;

    static final String BOMB = "解压后的数据量异常（疑似“压缩炸弹”）";

    /** A bound the file breaks; the message is the Chinese reason. */
    static final class Refused extends IOException {
        Refused(String reason) {
            super(reason);
        }
    }

    private final ZipFile zip;
    private final List<ZipArchiveEntry> entries;
    private final Map<String, byte[]> inflated = new HashMap<>();
    private long total;
    private boolean closed;

    private BoundedZip(ZipFile zip, List<ZipArchiveEntry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /** Lists the central directory and checks what it declares; IOException for a zip without one (damaged). */
    static BoundedZip open(byte[] bytes) throws IOException {
        int count = declaredEntries(bytes);
        if (count > MAX_ENTRIES) throw new Refused("压缩包内文件过多（" + count + " 个，上限 " + MAX_ENTRIES + "），不是正常的 Word 文档");
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        try {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > MAX_ENTRIES) {
                throw new Refused("压缩包内文件过多（" + entries.size() + " 个，上限 " + MAX_ENTRIES + "），不是正常的 Word 文档");
            }
            long declared = 0;
            for (ZipArchiveEntry e : entries) {
                long size = e.getSize();
                if (size > 0) declared += size;
                if (size > MAX_ENTRY_BYTES || declared > MAX_DECLARED_BYTES) throw new Refused(BOMB);
            }
            return new BoundedZip(zip, entries);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The entries' names. */
    List<String> names() {
        return entries.stream().map(ZipArchiveEntry::getName).toList();
    }

    /** An entry's inflated bytes, inflated once and kept. */
    synchronized byte[] bytes(ZipArchiveEntry entry) throws IOException {
        byte[] kept = inflated.get(entry.getName());
        if (kept != null) return kept;
        long compressed = Math.max(1, entry.getCompressedSize());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            long n = 0;
            for (int r; (r = in.read(buf)) > 0; ) {
                n += r;
                total += r;
                if (n > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) throw new Refused(BOMB);
                if (n > RATIO_GRACE_BYTES && n / compressed > MAX_RATIO) throw new Refused(BOMB);
                out.write(buf, 0, r);
            }
        }
        byte[] b = out.toByteArray();
        inflated.put(entry.getName(), b);
        return b;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return Collections.enumeration(entries);
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        String name = path.replace('\\', '/');
        for (ZipArchiveEntry e : entries) if (e.getName().equals(name)) return e;
        // part names match regardless of case (OPC), as POI's own sources allow
        for (ZipArchiveEntry e : entries) if (e.getName().equalsIgnoreCase(name)) return e;
        return null;
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return new ByteArrayInputStream(bytes(entry));
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        inflated.clear();
        zip.close();
    }

    @Override
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * The entry count the end-of-central-directory record declares, found without parsing the directory
     * (a directory of a million entries would take more memory than reading it is worth); 0 if not found.
     */
    static int declaredEntries(byte[] b) {
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                int n = (b[i + 10] & 0xFF) | (b[i + 11] & 0xFF) << 8;
                // 0xFFFF: the count is in a zip64 record; no Word document holds that many entries
                return n == 0xFFFF ? Integer.MAX_VALUE : n;
            }
        }
        return 0;
    }

    /**
     * The names of the entries as the local headers give them, for a zip whose central directory is missing
     * (a truncated download): found by their signature, nothing inflated.
     */
    static List<String> localNames(byte[] b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 30 <= b.length && out.size() <= MAX_ENTRIES; i++) {
            if (b[i] != 'P' || b[i + 1] != 'K' || b[i + 2] != 3 || b[i + 3] != 4) continue;
            int length = (b[i + 26] & 0xFF) | (b[i + 27] & 0xFF) << 8;
            if (i + 30 + length > b.length) break;
            out.add(new String(b, i + 30, length, StandardCharsets.UTF_8));
            i += 29 + length;
        }
        return out;
    }
}
