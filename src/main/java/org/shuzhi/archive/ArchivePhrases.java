package org.shuzhi.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.shuzhi.rules.PhraseCommonness;

/**
 * How many archived reports hold a phrase, on any engine, through its {@link ArchiveSearcher}: the counts the rules
 * ask of the archive ({@link PhraseCommonness}), each phrase counted once per state of the archive.
 */
public final class ArchivePhrases implements PhraseCommonness {
    private final ArchiveEngine archive;
    private final ArchiveChecks.SharedStatistics shared;

    public ArchivePhrases(ArchiveEngine archive, ArchiveChecks.SharedStatistics shared) {
        this.archive = archive;
        this.shared = shared;
    }

    @Override
    public int reportsContaining(String phrase) {
        return archive.read(s -> shared.of(s).count(phrase, p -> {
            try {
                return s.count(ArchiveQueries.phrase(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    @Override
    public int reports() {
        return archive.size();
    }

    /** The counts without the unit's report of that year (any spelling of the unit), if archived. */
    @Override
    public PhraseCommonness excluding(String unit, Integer year) {
        String key = unit == null || year == null ? null : archive.unitKey(unit);
        if (key == null) return this;
        String id = ArchivedReport.reportId(key, year);
        if (archive.read(s -> s.count(ArchiveQueries.ofReport(id, true))) == 0) return this;
        return new PhraseCommonness() {
            @Override
            public int reportsContaining(String phrase) {
                return archive.read(s -> s.count(ArchiveQueries.phraseOutside(phrase, id)));
            }

            @Override
            public int reports() {
                return archive.size() - 1;
            }
        };
    }
}
