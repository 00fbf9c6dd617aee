/**
 * The problem themes an organization department names when it looks over the archive (理论学习不深,
 * 组织生活不规范, 党建业务“两张皮” …): the taxonomy as data ({@code archive/problem-themes.yaml}: each theme's
 * description, the common problems (topics) it gathers with the cues that name them, and example problem
 * sentences), and the classifier that gives an archived problem paragraph its theme, or none.
 *
 * <p>Lucene-free and segmentation-free: the archive indexes the theme as a facet and supplies the content
 * words ({@link org.shuzhi.archive.themes.ThemeClassifier} takes them as a function), so this room depends on
 * nothing of the archive and the archive's repeat check reads the same topics.
 */
package org.shuzhi.archive.themes;
