package org.shuzhi.review;

import org.shuzhi.document.ReportMeta;

/**
 * What the caller asks for besides the report: a profile (built-in id or file), metadata overrides, and
 * whether to compare with the archive.
 */
public record ReviewRequest(String profile, ReportMeta overrides, boolean useArchive) {
    public static ReviewRequest defaults() {
        return new ReviewRequest(null, ReportMeta.UNKNOWN, true);
    }
}
