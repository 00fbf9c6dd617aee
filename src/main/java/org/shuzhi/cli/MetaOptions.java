package org.shuzhi.cli;

import org.shuzhi.document.ReportMeta;
import picocli.CommandLine.Option;

/** --unit/--year/--role, shared by the commands that take reports. */
public final class MetaOptions {
    @Option(names = "--unit", paramLabel = "U", description = "单位名称（覆盖自动识别）")
    String unit;

    @Option(names = "--year", paramLabel = "Y", description = "年度（覆盖自动识别）")
    Integer year;

    @Option(names = "--role", paramLabel = "R", description = "述职人职务，如 党支部书记（覆盖自动识别）")
    String role;

    public ReportMeta overrides() {
        return new ReportMeta(unit, year, role);
    }
}
