package org.w3id.ckg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.cli.Main;

/**
 * A ratchet on extraction quality: the seed texts are extracted and scored by the gold's own
 * score.py (../shared/gold), and the scores may not drop below those in
 * src/test/resources/gold/ratchet.properties. Raise the numbers there when the extractor improves.
 */
class SeedGoldTest {

    @TempDir Path dir;

    @Test void seedGoldScoresDoNotDrop() throws Exception {
        Path home = Path.of(System.getProperty("ckg.home", "."));
        Path gold = home.resolve("../shared/gold");
        Assumptions.assumeTrue(Files.exists(gold.resolve("score.py")), "shared/gold is beside the repository");
        Path out = dir.resolve("seeds.nq");
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            Main.commandLine().execute("extract", home.resolve("data/texts").toString(), "--format", "nquads", "-o", out.toString());
        } finally {
            System.setErr(err);
        }
        Process p = new ProcessBuilder("python3", gold.resolve("score.py").toString(), out.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0, report);
        System.out.println(report);
        Properties ratchet = new Properties();
        try (var in = SeedGoldTest.class.getResourceAsStream("/gold/ratchet.properties")) { ratchet.load(in); }
        check(report, "overall F1 ([0-9.]+)", ratchet, "seed.overall");
        check(report, "entities P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)", ratchet, "seed.entities");
        check(report, "relations P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)", ratchet, "seed.relations");
        check(report, "metrics P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)", ratchet, "seed.metrics");
        check(report, "period right ([0-9.]+)", ratchet, "seed.period");
    }

    private static void check(String report, String regex, Properties ratchet, String key) {
        Matcher m = Pattern.compile(regex).matcher(report);
        assertTrue(m.find(), "no " + key + " in:\n" + report);
        double got = Double.parseDouble(m.group(1)), floor = Double.parseDouble(ratchet.getProperty(key));
        assertTrue(got >= floor, key + " dropped to " + got + " below " + floor + "\n" + report);
    }
}
