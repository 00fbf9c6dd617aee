package org.shuzhi.classify;

import org.shuzhi.document.Part;

/** The classifier's answer for one paragraph: what it says, and how sure the model is. */
public record Labeled(Part label, double confidence) {}
