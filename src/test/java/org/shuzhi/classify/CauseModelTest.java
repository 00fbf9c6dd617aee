package org.shuzhi.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.nlp.Segmenter;
import org.shuzhi.nlp.TextNormalizer;
import org.shuzhi.nlp.Token;

/** The cause classifier: the bundled model judges clauses it never saw; training is reproducible. */
class CauseModelTest {
    private static List<Token> tokens(String clause) {
        return Segmenter.tokens(TextNormalizer.normalize(clause));
    }

    @Test
    void theBundledModelTellsTheSecretarysOwnFailingsFromCircumstances() {
        CauseModel model = CauseModel.standard();
        assertNotNull(model, "models/cause-classifier.model is bundled");
        // none of these clauses is in corpus/causes/clauses.tsv
        for (String own : List.of("钻研党务的劲头不足", "对自己放松了要求", "我总以为把业务抓上去就行了", "工作标准也不高")) {
            assertEquals(CauseLabel.SUBJECTIVE, model.classify(tokens(own)), own);
        }
        for (String circumstance : List.of("冬季大雪封路", "进村道路几次塌方", "迎检台账多", "人员调整频繁")) {
            assertEquals(CauseLabel.OBJECTIVE, model.classify(tokens(circumstance)), circumstance);
        }
    }

    @Test
    void trainingTwiceGivesTheSameFiguresAndTheSameModel(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("# a small training file\n");
        String[] subjective = {"主业意识不强", "学习的主动性不够", "对自己要求不严", "满足于完成规定动作", "抓落实的韧劲不足",
                "我对党建工作重视不够", "存在畏难情绪", "工作标准不高", "习惯于凭经验办事", "调查研究不深入"};
        String[] objective = {"教学任务繁重", "党务干部都是兼职", "经费不足", "地处偏远", "交通不便",
                "党员年龄偏大", "人手紧张", "受疫情影响", "设备老化", "上级检查多"};
        String[] other = {"究其原因", "集中学习难以开展", "效果打了折扣", "部分党员积极性不高", "分析原因",
                "一些活动流于形式", "原因主要有三条", "组织生活只能推迟", "党员作用发挥不明显", "具体表现在"};
        for (int i = 0; i < 10; i++) {
            b.append("subjective\t").append(subjective[i]).append('\n');
            b.append("objective\t").append(objective[i]).append('\n');
            b.append("other\t").append(other[i]).append('\n');
        }
        Path file = Files.writeString(dir.resolve("clauses.tsv"), b.toString());
        CauseTraining.Result first = CauseTraining.train(Path.of("corpus"), file, List.of());
        CauseTraining.Result second = CauseTraining.train(Path.of("corpus"), file, List.of());
        assertEquals(30, first.clauses());
        assertEquals(first.crossValidation().get(CauseTraining.CHOSEN).accuracy(), second.crossValidation().get(CauseTraining.CHOSEN).accuracy());
        List<Token> clause = tokens("抓党建的劲头不足");
        assertArrayEquals(first.model().distribution(clause), second.model().distribution(clause), 0.0);
    }
}
