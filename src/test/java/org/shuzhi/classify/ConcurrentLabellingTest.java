package org.shuzhi.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Report;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/** A freshly loaded model labels reports on eight threads at once exactly as one thread does. */
class ConcurrentLabellingTest {
    private static ParagraphClassifier fresh() throws Exception {
        try (InputStream in = Classifiers.class.getResourceAsStream(Classifiers.MODEL_RESOURCE)) {
            return new WekaParagraphClassifier(ParagraphModel.load(in));
        }
    }

    @Test
    void labelsOnEightThreadsEqualLabelsOnOne() throws Exception {
        List<AnalyzedReport> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus/reports"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                reports.add(ReportAnalyzer.analyze(Report.fromText(f.toString(), Files.readString(f)), null));
            }
        }
        ParagraphClassifier one = fresh();
        List<List<Labeled>> expected = reports.stream().map(one::classify).toList();
        // models nobody has used yet, all threads starting on each at once: copies made then must not catch one
        // in the middle of a conversion
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 2; round++) {
                ParagraphClassifier shared = fresh();
                List<Future<List<Labeled>>> got = new ArrayList<>();
                for (AnalyzedReport r : reports) got.add(pool.submit(() -> shared.classify(r)));
                for (int i = 0; i < reports.size(); i++) assertEquals(expected.get(i), got.get(i).get(), reports.get(i).file());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(expected.stream().mapToInt(List::size).sum() > 1000);
    }
}
