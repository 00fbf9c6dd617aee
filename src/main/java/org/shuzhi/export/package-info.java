/**
 * Files the product writes for people — workbooks and documents built with Apache POI from results already
 * computed (an {@link org.shuzhi.archive.overview.Overview}, reviews, reviewers' marks): the command line and the
 * web write the same file through the same class, and nothing here analyses a report or queries the archive.
 */
package org.shuzhi.export;
