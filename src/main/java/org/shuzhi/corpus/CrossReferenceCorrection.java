package org.shuzhi.corpus;

/** A correction to the gold links of crossrefs.tsv (crossrefs-corrections.tsv): a link added or removed, and why. */
public record CrossReferenceCorrection(CrossReference link, boolean added, String reason) {}
