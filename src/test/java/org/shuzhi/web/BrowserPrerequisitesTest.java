package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** On a machine without Chromium, a browser test says which package to install, in one line. */
class BrowserPrerequisitesTest {
    @Test
    void aMissingBrowserOrDriverIsNamedByItsPackage() {
        String both = Browser.missing(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver"));
        assertTrue(both.contains("chromium (/nonexistent/chromium)") && both.contains("chromium-driver (/nonexistent/chromedriver)"), both);
        assertTrue(both.contains("sudo apt-get install -y chromium chromium-driver"), both);
        assertEquals(1, both.lines().count());
        String driver = Browser.missing(Path.of("/bin/sh"), Path.of("/nonexistent/chromedriver"));
        assertTrue(driver.contains("chromium-driver") && !driver.contains("chromium (/"), driver);
        assertNull(Browser.missing(Path.of("/bin/sh"), Path.of("/bin/sh")));
    }
}
