package org.shuzhi.archive;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with stored fields compressed in small chunks. A review reads a few hundred copy
 * candidates, each a paragraph of a few hundred bytes from anywhere in the index; the default format
 * decompresses an 8 KB block (of an 80 KB chunk) for each: an eighth of a review's CPU at 10,000 reports. Chunks of 4 KB (LZ4,
 * decompressed only up to the document) cost a quarter of that per read, and less to write; the stored
 * fields take somewhat more disk. Segments written before stay readable by the codec they name and are
 * rewritten with this one when merged ({@link Archive#compact}).
 */
public final class ArchiveCodec extends FilterCodec {
    /** The name segments record (found again through {@code META-INF/services}): never change it. */
    public static final String NAME = "ShuzhiArchive912";

    private final StoredFieldsFormat storedFields =
            new Lucene90CompressingStoredFieldsFormat("ShuzhiStoredFieldsSmallChunks", CompressionMode.FAST, 4 * 1024, 128, 10);

    public ArchiveCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
