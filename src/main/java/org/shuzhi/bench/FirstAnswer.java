package org.shuzhi.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shuzhi.archive.Archive;
import org.shuzhi.document.Report;
import org.shuzhi.review.Json;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;

/**
 * The stand-in for {@code serve} when it is not available: a fresh JVM that opens the archive, reviews
 * one report against it, prints {@code ready}, then waits for a line on stdin (so its heap can be read)
 * before exiting. Usage: {@code java -cp shuzhi.jar org.shuzhi.bench.FirstAnswer ARCHIVE REPORT.txt}.
 */
public final class FirstAnswer {
    private FirstAnswer() {}

    public static void main(String[] args) throws Exception {
        try (Archive archive = Archive.openReadOnly(Path.of(args[0]))) {
            Report report = Report.fromText(args[1], Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
            var review = Reviewers.withArchive(archive).review(report, ReviewRequest.defaults());
            System.out.println("ready " + Json.MAPPER.writeValueAsString(review).length());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
