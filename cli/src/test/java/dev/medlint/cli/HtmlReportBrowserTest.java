package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The html report of the samples in a real headless Chromium (Debian's chromium and chromium-driver; Selenium is
 * given both paths, so it downloads nothing): what a reader sees. A screenshot is saved as
 * target/html-report.png. Without the browser the test is skipped, unless -Dmedlint.requireBrowser=true (CI).
 */
class HtmlReportBrowserTest {
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final String BROWSER = "/usr/bin/chromium";

    @TempDir
    Path dir;

    @Test
    void highlightsEveryFindingInPlaceAndFiltersHideThem() throws Exception {
        boolean present = new File(DRIVER).canExecute() && new File(BROWSER).canExecute();
        if (Boolean.getBoolean("medlint.requireBrowser") || System.getenv("MEDLINT_REQUIRE_BROWSER") != null) {
            assertTrue(present, "chromium and chromium-driver are required (apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "no chromium/chromedriver");
        Path report = dir.resolve("report.html");
        Cli.Result r = Cli.run("check", "../samples", "--report", "html=" + report, "--format", "json");
        assertEquals(1, r.code(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        long inText = 0;
        long warnings = 0;
        for (JsonNode f : json.get("findings")) {
            inText += f.get("match").asText().isEmpty() ? 0 : 1;
            warnings += f.get("severity").asText().equals("warning") ? 1 : 0;
        }
        String html = Files.readString(report);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertEquals(0, page.select("[src], link, img, iframe, object").size(), "the page must not load anything");
        assertTrue(page.select("a[href]").stream().allMatch(a -> a.attr("href").startsWith("#")), "only inner links");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(report.toUri().toString());
            List<WebElement> anchors = driver.findElements(By.cssSelector(".text .anchor"));
            assertEquals(inText, anchors.size(), "one in-text anchor per finding in the text");
            List<WebElement> marks = driver.findElements(By.cssSelector("mark.hl"));
            assertTrue(marks.size() >= inText, "highlights: " + marks.size());
            assertEquals(json.get("findings").size(), driver.findElements(By.cssSelector("li.item")).size());
            assertEquals(SampleCount.articles(), driver.findElements(By.cssSelector("section.article")).size());
            // A link from the summary leads to its finding.
            WebElement jump = driver.findElement(By.cssSelector("a.jump"));
            String target = jump.getAttribute("href").replaceAll(".*#", "");
            jump.click();
            assertTrue(driver.getCurrentUrl().endsWith("#" + target));
            assertEquals(1, driver.findElements(By.id(target)).size());
            // Hovering a highlight shows its message.
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'});", marks.get(0));
            new org.openqa.selenium.interactions.Actions(driver).moveToElement(marks.get(0)).perform();
            assertTrue(marks.get(0).findElement(By.cssSelector(".tip")).isDisplayed(), "tooltip on hover");
            Files.createDirectories(Path.of("target"));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "html-report.png"),
                    StandardCopyOption.REPLACE_EXISTING);
            // Unticking "warning" hides the warnings and leaves the errors.
            driver.findElement(By.cssSelector("input[data-filter=severity][value=warning]")).click();
            long visibleWarnings = driver.findElements(By.cssSelector("li.item.sev-warning")).stream()
                    .filter(WebElement::isDisplayed).count();
            assertEquals(0, visibleWarnings);
            long visibleItems = driver.findElements(By.cssSelector("li.item")).stream().filter(WebElement::isDisplayed)
                    .count();
            assertEquals(json.get("findings").size() - warnings, visibleItems);
            assertTrue(warnings > 0, "the samples have warnings");
            assertTrue(driver.findElements(By.cssSelector("mark.hl.off")).size() > 0, "warning highlights switched off");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target",
                    "html-report-errors-only.png"), StandardCopyOption.REPLACE_EXISTING);
            List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
            assertEquals(List.of(), console, "console errors");
        } finally {
            driver.quit();
        }
    }
}
