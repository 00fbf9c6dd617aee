package org.shuzhi.review;

import org.shuzhi.document.ReportMeta;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;

/**
 * What the caller asks for besides the report: a profile (built-in id or file, or one already read, such
 * as a profile uploaded to the web, which is never written anywhere), metadata overrides, and whether to
 * compare with the archive.
 */
public record ReviewRequest(String profile, ReportMeta overrides, boolean useArchive, Profile ownProfile) {
    public ReviewRequest(String profile, ReportMeta overrides, boolean useArchive) {
        this(profile, overrides, useArchive, null);
    }

    public static ReviewRequest defaults() {
        return new ReviewRequest(null, ReportMeta.UNKNOWN, true);
    }

    /** The profile the rules apply: the one given as read, else the built-in id or file named. */
    public Profile resolveProfile() {
        return ownProfile != null ? ownProfile : Profiles.resolve(profile);
    }
}
