package org.shuzhi.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver, with a fresh profile; no browser download. */
final class Browser {
    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {}

    static ChromeDriver start(Path profileDir, int width, int height) throws IOException {
        return start(profileDir, width, height, new String[0]);
    }

    /** @param extra further Chromium switches (e.g. host-resolver rules that send a foreign name to this machine) */
    static ChromeDriver start(Path profileDir, int width, int height, String... extra) throws IOException {
        String missing = missing(Path.of(BINARY), Path.of(DRIVER));
        if (missing != null) org.junit.jupiter.api.Assertions.fail(missing);
        Files.createDirectories(profileDir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profileDir.toAbsolutePath());
        options.addArguments(extra);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * What a machine lacks for the browser tests, in one line naming the Debian packages to install (README's
     * prerequisites), or null: a test on a machine without them fails with this, not with a driver's trace.
     */
    static String missing(Path binary, Path driver) {
        java.util.List<String> packages = new java.util.ArrayList<>();
        if (!Files.isExecutable(binary)) packages.add("chromium (" + binary + ")");
        if (!Files.isExecutable(driver)) packages.add("chromium-driver (" + driver + ")");
        if (packages.isEmpty()) return null;
        return "The browser tests need Debian's " + String.join(" and ", packages) + ", which this machine lacks: "
                + "install README's prerequisites first (sudo apt-get install -y chromium chromium-driver fonts-noto-cjk)";
    }

    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
