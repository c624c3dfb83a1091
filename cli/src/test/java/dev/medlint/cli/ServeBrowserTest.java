package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.medlint.cli.serve.CheckServer;
import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code medlint serve} in a real headless Chromium (Debian's chromium and chromium-driver, which
 * {@code .ci/run} installs): type a draft that breaks the law, see the highlights, point at one, fix the sentence.
 * Screenshots go to {@code target/serve-*.png}. Without the browser the test is skipped on a developer's machine
 * and fails when {@code MEDLINT_REQUIRE_BROWSER} is set (CI sets it), so CI never passes without running it.
 */
class ServeBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String DRAFT = "Mini-lifting at our clinic\n\n"
            + "Our mini-lifting guarantees a perfect jawline in one session.\n\n"
            + "Swelling and bruising may occur, depending on the individual.\n";
    static final String CLAIM = "guarantees a perfect jawline";
    static final String HEDGED = "may help the jawline look firmer";

    @TempDir
    static Path folder;
    static CheckServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            String why = "the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            if (System.getenv("MEDLINT_REQUIRE_BROWSER") != null) {
                fail(why);
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        server = CheckServer.start(Engine.create(new EngineOptions().models(Main.MODELS)), folder, 0);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory(folder, "chromium-profile"));
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** The matches the page should highlight: the API's findings with a place, overlapping ones once. */
    static List<String> expectedHighlights(String text) throws Exception {
        ObjectMapper m = new ObjectMapper();
        String body = m.writeValueAsString(m.createObjectNode().put("text", text).put("format", "markdown"));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.address()
                .resolve("/api/check")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        int at = 0;
        for (JsonNode f : m.readTree(r.body()).get("findings")) {
            int offset = f.get("offset").asInt();
            if (offset >= at) {
                out.add(text.substring(offset, f.get("endOffset").asInt()));
                at = f.get("endOffset").asInt();
            }
        }
        return out;
    }

    static List<String> highlights() {
        return driver.findElements(By.cssSelector("#backdrop mark")).stream().map(e -> (String)
                ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", e)).toList();
    }

    static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits until the page shows the answer to the text now in the editor, with these highlights. */
    static void awaitHighlights(List<String> expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "highlights " + highlights()
                + ", expected " + expected + "; status: " + driver.findElement(By.id("status")).getText())
                .until(d -> driver.findElement(By.id("status")).getText().startsWith("checked in")
                        && highlights().equals(expected));
    }

    @Test
    void aMarketerTypesADraftSeesWhatToFixAndFixesIt() throws Exception {
        driver.get(server.address().toString());
        assertEquals("medlint · check a medical marketing draft", driver.getTitle());
        // The style sheet and the script came through the Content-Security-Policy.
        assertEquals("flex", ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('header.bar')).display"));
        WebElement draft = driver.findElement(By.id("draft"));
        draft.click();
        draft.sendKeys(DRAFT);

        List<String> expected = expectedHighlights(DRAFT);
        assertTrue(expected.contains("guarantees") && expected.contains("perfect"), expected::toString);
        awaitHighlights(expected);
        String verdict = driver.findElement(By.id("verdict")).getText();
        assertTrue(verdict.contains("Would fail the build: "), verdict);
        List<WebElement> cards = driver.findElements(By.cssSelector("#findings .finding"));
        assertTrue(cards.size() >= expected.size(), "a card for each finding");
        assertTrue(cards.stream().anyMatch(c -> c.getText().contains("guarantee")
                && c.getText().contains("Medical Service Act")), "cards show the rule and the law");
        assertEquals(driver.findElement(By.id("count-error")).getText(),
                String.valueOf(driver.findElements(By.cssSelector("#findings .finding.error")).size()));
        screenshot("serve-1-findings.png");

        // Point at the highlighted claim: its message shows.
        WebElement mark = driver.findElements(By.cssSelector("#backdrop mark")).stream()
                .filter(e -> e.getAttribute("textContent").equals("guarantees")).findFirst().orElseThrow();
        new Actions(driver).moveToElement(mark).perform();
        WebElement tip = driver.findElement(By.id("tip"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> tip.isDisplayed());
        assertTrue(tip.getText().contains("'guarantees' presents the outcome of a medical procedure as certain"),
                tip.getText());
        assertTrue(tip.getText().contains("guarantee"), tip.getText());
        screenshot("serve-2-hover.png");

        // The rule's explanation opens from its card.
        driver.findElements(By.cssSelector("#findings .rule-link")).stream()
                .filter(b -> b.getText().equals("guarantee")).findFirst().orElseThrow().click();
        WebElement dialog = driver.findElement(By.id("rule-dialog"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> dialog.isDisplayed());
        assertTrue(dialog.getText().contains("Why"), dialog.getText());
        screenshot("serve-3-rule.png");
        driver.findElement(By.id("rule-close")).click();

        // Fix the sentence: select the claim and type a hedged one over it.
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
        int at = DRAFT.indexOf(CLAIM);
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus(); arguments[0].setSelectionRange("
                + at + ", " + (at + CLAIM.length()) + ");", draft);
        draft.sendKeys(HEDGED);
        String fixed = DRAFT.replace(CLAIM, HEDGED);
        assertEquals(fixed, draft.getAttribute("value"));
        List<String> after = expectedHighlights(fixed);
        assertTrue(!after.contains("guarantees") && !after.contains("perfect"), after::toString);
        awaitHighlights(after);
        screenshot("serve-4-fixed.png");
    }
}
