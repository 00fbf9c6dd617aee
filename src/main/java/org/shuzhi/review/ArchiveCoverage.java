package org.shuzhi.review;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.rules.RuleCatalog;

/**
 * Whether a review's cross-report checks (问题年年述, 上年承诺未回应, 照搬他人材料, 沿用往年材料) ran, and if
 * not, or only in part, why: one line of {@code review --format text}, so that a report without archive
 * findings is not read as one the archive cleared. Not part of the JSON contract.
 */
public final class ArchiveCoverage {
    private static final String PREFIX = "跨报告检查：";

    private ArchiveCoverage() {}

    /**
     * @param archive the archive the review compared with, or null when there was none
     * @param whyNone why there was none (shown when {@code archive} is null)
     */
    public static String describe(Review r, ArchiveEngine archive, String whyNone) {
        if (archive == null) return PREFIX + "未运行（" + whyNone + "）";
        if (r.findings().stream().anyMatch(f -> RuleCatalog.standard().supersedesAll(f.rule()))) {
            return PREFIX + "未运行（不是述职报告，不与档案比对）";
        }
        int reports = archive.size();
        if (reports == 0) return PREFIX + "未运行（档案库 " + archive.where() + " 中还没有报告；先用 index 存入往年报告）";
        StringBuilder sb = new StringBuilder(PREFIX + "已运行（档案库共" + reports + "份报告）");
        List<String> limits = new ArrayList<>();
        String unit = r.meta().unit();
        Integer year = r.meta().year();
        if (unit == null) {
            limits.add("未识别单位，未与本单位往年报告比对（问题年年述、上年承诺未回应、沿用往年材料），可用 --unit 指定");
        } else {
            boolean earlier = archive.years(unit).stream().anyMatch(y -> year == null || y < year);
            if (!earlier) limits.add("档案库中没有本单位（" + unit + "）往年的报告，只与其他单位的报告比对了照搬材料");
            if (year == null) limits.add("未识别年度，未核对上年承诺，可用 --year 指定");
        }
        for (String l : limits) sb.append("；").append(l);
        return sb.toString();
    }
}
