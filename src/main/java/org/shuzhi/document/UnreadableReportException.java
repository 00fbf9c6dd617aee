package org.shuzhi.document;

/** A file that cannot be read as a report; the message is Chinese, one line, and names the file. */
public class UnreadableReportException extends Exception {
    public UnreadableReportException(String file, String reason) {
        super("无法读取 " + file + "：" + reason);
    }

    public UnreadableReportException(String file, String reason, Throwable cause) {
        super("无法读取 " + file + "：" + reason, cause);
    }
}
