/**
 * The organization department's view across units and years ("年年述、年年改、年年在"): problem themes counted
 * by year with Lucene's faceting, the problems units raise year after year, and whether last year's commitments
 * were answered. Reads what the archive wrote at indexing time (the themes of problem paragraphs, the facts
 * kept beside each unit's reports); walks no paragraphs.
 */
package org.shuzhi.archive.overview;
