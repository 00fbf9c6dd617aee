package org.shuzhi.document;

/**
 * Where a cell of a Word table stands: the table's number in the document (from 0, nested tables counted
 * in document order), its row and column (from 0; the column on the table's grid, so that a cell after a
 * merged one keeps its column), the header text of its column when the table's first row is a header row
 * (null otherwise; a header cell's own text), and what that column holds by its header.
 */
public record TablePosition(int table, int row, int column, String header, TableColumn role) {
    public TablePosition {
        if (table < 0 || row < 0 || column < 0) throw new IllegalArgumentException("negative table position");
        if (role == null) role = TableColumn.OTHER;
    }

    /** A cell of the header row. */
    public boolean isHeader() {
        return row == 0 && header != null;
    }

    /** Two cells of the same row of the same table. */
    public boolean sameRow(TablePosition other) {
        return other != null && other.table == table && other.row == row;
    }
}
