package org.w3id.ckg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.store.SeedDatabase;

/**
 * A person's walk through the pages in a real headless Chromium (Debian's, which .ci/run
 * installs): home, a search for "Aliyun", Alibaba Cloud's page with its customers and revenue
 * chart, and a fact followed to its sentence in the document. Screenshots of each page are kept
 * in target/screenshots.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target/screenshots");
    @TempDir static Path dir;
    static FusekiServer server;

    @BeforeAll static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is installed (.ci/run installs it)");
        SeedDatabase.build(dir.resolve("db"));
        server = CkgServer.create(dir.resolve("db"), 0, null).start();
        Files.createDirectories(SHOTS);
    }

    @AfterAll static void stop() { if (server != null) server.stop(); }

    /** The page as Chromium renders it (its DOM after loading), and a screenshot of it. */
    static String open(String path, String shot) throws Exception {
        String url = "http://localhost:" + server.getHttpPort() + path;
        Path profile = Files.createTempDirectory(dir, "chromium");
        List<String> flags = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        List<String> dump = new ArrayList<>(List.of(CHROMIUM.toString()));
        dump.addAll(flags);
        dump.addAll(List.of("--dump-dom", url));
        Process p = new ProcessBuilder(dump).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium answered");
        List<String> screenshot = new ArrayList<>(List.of(CHROMIUM.toString()));
        screenshot.addAll(flags);
        screenshot.addAll(List.of("--window-size=1200,1600", "--screenshot=" + SHOTS.resolve(shot).toAbsolutePath(), url));
        Process s = new ProcessBuilder(screenshot).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(s.waitFor(60, TimeUnit.SECONDS), "chromium took the screenshot");
        return dom;
    }

    static String firstHref(String dom, String regex) {
        Matcher m = Pattern.compile("href=\"(" + regex + ")\"").matcher(dom);
        assertTrue(m.find(), "a link matching " + regex);
        return m.group(1).replace("&amp;", "&");
    }

    @Test void fromTheHomePageToASentence() throws Exception {
        String home = open("/home", "1-home.png");
        assertTrue(home.contains("name=\"q\""), "a search box");
        // the search form is a GET form: submitting it opens this address
        String results = open("/search?q=Aliyun", "2-search.png");
        String entity = firstHref(results, "/id/org/[^\"]+");
        String page = open(entity, "3-entity.png");
        assertTrue(page.contains("Alibaba Cloud"), "Alibaba Cloud's page");
        assertTrue(page.contains("Customers") && page.contains("Bank of Nanjing"), "its customers");
        assertTrue(page.contains("<svg") && page.contains("Revenue"), "its revenue chart");
        String source = firstHref(page, "/doc/[^\"#]+#s\\d+");
        String doc = open(source, "4-document.png");
        String anchor = source.substring(source.indexOf('#') + 1);
        assertTrue(doc.contains("<mark id=\"" + anchor + "\">"), "the fact's sentence is marked in the document");
        assertTrue(Files.size(SHOTS.resolve("3-entity.png")) > 1000, "a screenshot was kept");
    }
}
