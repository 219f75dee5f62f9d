package org.sealane.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver on a loopback port; no driver
 * or browser is ever downloaded. Missing, it fails the test with how to install it.
 */
public final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** A new browser with a window of the given size; quit it after use. */
    public static ChromeDriver start(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail(
                    "Chromium is missing (%s, %s): the browser tests need Debian's packages,"
                            + " install them with: apt-get install chromium chromium-driver"
                            + " (.ci/run does)",
                    CHROMIUM, CHROMEDRIVER);
        }
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .withLogFile(new File("/dev/null"))
                        .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Opens a sealane page and waits until it says it has drawn everything (body data-ready). */
    public static void open(ChromeDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d ->
                                "true"
                                        .equals(
                                                d.findElement(By.tagName("body"))
                                                        .getDomAttribute("data-ready")));
    }
}
