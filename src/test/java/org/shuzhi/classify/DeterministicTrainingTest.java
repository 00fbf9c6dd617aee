package org.shuzhi.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.ReportAnalyzer;

/** Training twice on the same corpus gives the same figures, the same temperature and the same model. */
class DeterministicTrainingTest {
    @Test
    void retrainingReproducesFiguresAndPredictions() throws Exception {
        Path corpus = Path.of("corpus");
        Trainer.Result first = Trainer.standard(false).train(corpus);
        Trainer.Result second = Trainer.standard(false).train(corpus);

        TrainingEvaluation a = first.evaluation(), b = second.evaluation();
        assertEquals(a.leaveOneUnitOut(), b.leaveOneUnitOut());
        assertEquals(a.tenFold(), b.tenFold());
        assertEquals(a.temperature(), b.temperature());
        assertEquals(a.calibration(), b.calibration());
        assertTrue(a.paragraphs() > 500, "trained on the whole corpus: " + a.paragraphs());

        AnalyzedParagraph p = ReportAnalyzer.analyze(Report.fromText("t.txt",
                "虽然支部工作有了一些起色，但我对党员的日常管理还比较松，两名党员连续三个月未参加组织生活。"),
                ReportMeta.UNKNOWN).paragraphs().get(0);
        assertArrayEquals(first.model().distribution(p, 0.6), second.model().distribution(p, 0.6), 0.0);
    }
}
