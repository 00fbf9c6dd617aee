package org.shuzhi.bench;

/** Everything measured at one archive size. */
record SizeResult(
        int reports,
        long paragraphs,
        int indexedNow,
        double indexSeconds,
        double indexCpuSeconds,
        double diskMb,
        Timings review,
        double reviewChars,
        int batchReports,
        int batchThreads,
        double batchSeconds,
        double batchCpuSeconds,
        Timings search,
        Timings overview,
        int baselineReports,
        double baselineMs,
        double indexedChecksMs,
        double baselineCpuMs,
        double indexedChecksCpuMs,
        double loadAverage,
        int baselineFindings,
        int indexedFound,
        int indexedExtra,
        ColdStart.Result cold) {

    double indexRate() {
        return indexedNow / indexSeconds;
    }

    double indexCpuMsPerReport() {
        return indexCpuSeconds * 1000 / indexedNow;
    }

    /** The indexing rate the CPU cost allows with every core free (the writer's share is not split further). */
    double indexRateFreeCores() {
        return batchThreads * 1000 / indexCpuMsPerReport();
    }

    double batchCpuMsPerReport() {
        return batchCpuSeconds * 1000 / batchReports;
    }

    double batchRateFreeCores() {
        return batchThreads * 1000 / batchCpuMsPerReport();
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
