package org.shuzhi.bench;

/** Everything measured at one archive size. */
record SizeResult(
        int reports,
        long paragraphs,
        int indexedNow,
        double indexSeconds,
        double diskMb,
        Timings review,
        double reviewChars,
        int batchReports,
        int batchThreads,
        double batchSeconds,
        Timings search,
        int baselineReports,
        double baselineMs,
        double indexedChecksMs,
        int baselineFindings,
        int indexedFound,
        int indexedExtra,
        ColdStart.Result cold) {

    double indexRate() {
        return indexedNow / indexSeconds;
    }

    double batchRate() {
        return batchReports / batchSeconds;
    }

    /** How many times faster the indexed checks are than the brute-force baseline. */
    double speedup() {
        return baselineMs / indexedChecksMs;
    }

    /** Share of the baseline's findings the indexed path also makes (1 when the baseline found none). */
    double recall() {
        return baselineFindings == 0 ? 1.0 : indexedFound / (double) baselineFindings;
    }
}
