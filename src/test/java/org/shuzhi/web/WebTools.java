package org.shuzhi.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the web's tools on Maven's test classpath, where their libraries are; skipped unless asked for,
 * so never part of a build:
 * {@code mvn -o -q test -Dtest=WebTools -Dshuzhi.screenshots=docs/screenshots} and
 * {@code mvn -o -q test -Dtest=WebTools -Dshuzhi.serveTimings=JAR,ARCHIVE,PORT,REPORT_DIR...}.
 */
class WebTools {
    @Test
    @EnabledIfSystemProperty(named = "shuzhi.screenshots", matches = ".+")
    void screenshots() throws Exception {
        Screenshots.main(new String[] {System.getProperty("shuzhi.screenshots")});
    }

    @Test
    @EnabledIfSystemProperty(named = "shuzhi.meetingScreenshots", matches = ".+")
    void meetingScreenshots() throws Exception {
        MeetingScreenshots.main(new String[] {System.getProperty("shuzhi.meetingScreenshots")});
    }

    @Test
    @EnabledIfSystemProperty(named = "shuzhi.serveTimings", matches = ".+")
    void serveTimings() throws Exception {
        ServeTimings.main(System.getProperty("shuzhi.serveTimings").split(","));
    }
}
