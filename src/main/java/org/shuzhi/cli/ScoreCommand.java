package org.shuzhi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shuzhi.meeting.EverydayScores;
import org.shuzhi.meeting.FilledSheet;
import org.shuzhi.meeting.ScoreCalculator;
import org.shuzhi.meeting.ScoreResults;
import org.shuzhi.meeting.ScoringSheetException;
import org.shuzhi.meeting.ScoringSheetReader;
import org.shuzhi.meeting.SecretaryScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score", description = {"汇总述职评议会现场测评：读取与会人员填好的测评表（meeting 生成的 测评表.xlsx），按"
        + "（好×100+较好×80+一般×60+较差×50）÷有效票数 计算每位述职人的得分，领导按40%、其他与会人员按60%计入现场测评得分；"
        + "给出日常考核得分时按现场测评30%、日常考核70%计算综合得分和等次，写入 测评结果.xlsx。",
        "测评表中格式不对的地方会指明行列（如“第7行E列”），整批不予计算。"})
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "写出的测评结果，如 测评结果.xlsx")
    Path out;

    @Option(names = "--everyday", paramLabel = "FILE.xlsx", description = "日常考核得分：含“序号”和“日常考核得分”两列的表（可用测评结果.xlsx填好后的一份）")
    Path everyday;

    @Parameters(paramLabel = "SHEET.xlsx", arity = "1..*", description = "填好的测评表，每位与会人员一份")
    List<Path> sheets;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<FilledSheet> filled = new ArrayList<>();
            for (Path p : sheets) {
                try (InputStream in = Files.newInputStream(p)) {
                    filled.add(ScoringSheetReader.read(p.getFileName().toString(), in));
                }
            }
            Map<Integer, Double> day = Map.of();
            if (everyday != null) {
                try (InputStream in = Files.newInputStream(everyday)) {
                    day = EverydayScores.read(everyday.getFileName().toString(), in);
                }
            }
            List<SecretaryScore> scores = ScoreCalculator.compute(filled, day);
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                ScoreResults.write(scores, filled, o);
            }
            for (SecretaryScore s : scores) {
                stdout.println(s.number() + "\t" + s.unit() + "\t" + s.name() + "\t现场测评：" + format(s.meeting())
                        + (s.composite() != null ? "\t综合：" + format(s.composite()) + "\t等次：" + s.compositeGrade().label()
                        : s.meetingGrade() != null ? "\t现场测评等次：" + s.meetingGrade().label() : ""));
            }
            stdout.println("已生成：" + out.toAbsolutePath() + "（" + filled.size() + "份测评表）");
            stdout.flush();
            return 0;
        } catch (ScoringSheetException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println("错误：找不到文件 " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
    }

    private static String format(Double v) {
        return v == null ? "无有效票" : String.format("%.2f", v);
    }
}
