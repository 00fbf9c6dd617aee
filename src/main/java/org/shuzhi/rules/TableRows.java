package org.shuzhi.rules;

import java.util.List;
import org.shuzhi.classify.TableCells;
import org.shuzhi.document.TableColumn;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * What a rectification table's row says around one of its cells (问题 | 整改措施 | 责任人 | 时限): the row is
 * one plan, so its measure answers its problem, and its owner and deadline columns give the measure who
 * and by when. Kept apart from the rules that read it, which otherwise judge paragraphs by their words.
 */
final class TableRows {
    private TableRows() {}

    /** The row's cells of a column (other than {@code p} itself); empty outside a rectification table. */
    static List<AnalyzedParagraph> cells(RuleContext ctx, AnalyzedParagraph p, TableColumn column) {
        return ctx.row(p).stream().filter(q -> TableCells.column(q) == column).toList();
    }

    /** The texts of the row's owner cells (责任人). */
    static List<String> owners(RuleContext ctx, AnalyzedParagraph p) {
        return cells(ctx, p, TableColumn.OWNER).stream().map(AnalyzedParagraph::text).toList();
    }

    /** The texts of the row's deadline cells (时限: a date, or the list's own terms such as 长期坚持). */
    static List<String> deadlines(RuleContext ctx, AnalyzedParagraph p) {
        return cells(ctx, p, TableColumn.DEADLINE).stream().map(AnalyzedParagraph::text).toList();
    }

    /** A problem cell whose row holds a measure: the row answers it. */
    static boolean answered(RuleContext ctx, AnalyzedParagraph problem) {
        return TableCells.column(problem) == TableColumn.PROBLEM && !cells(ctx, problem, TableColumn.MEASURE).isEmpty();
    }

    /** Every measure cell of the report's rectification tables, in order. */
    static List<AnalyzedParagraph> measures(RuleContext ctx) {
        return ctx.paragraphs().stream().filter(p -> TableCells.column(p) == TableColumn.MEASURE).toList();
    }

    /** The problem cells of a measure's row: what the measure answers. */
    static List<AnalyzedParagraph> problems(RuleContext ctx, AnalyzedParagraph measure) {
        return cells(ctx, measure, TableColumn.PROBLEM);
    }
}
