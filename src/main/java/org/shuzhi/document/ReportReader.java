package org.shuzhi.document;

/** Reads one kind of file into paragraphs. */
interface ReportReader {
    /** @param name the file name as the user gave it, used in messages */
    Report read(String name, byte[] bytes) throws UnreadableReportException;
}
