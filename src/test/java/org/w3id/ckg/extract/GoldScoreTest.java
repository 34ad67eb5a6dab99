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
 * A ratchet on extraction quality: the seed texts and our Reuters-21578 gold are extracted and
 * scored by the gold's own score.py (../shared/gold, the same rules users and CI apply), and the
 * scores may not drop below those in src/test/resources/gold/ratchet.properties. Raise the
 * numbers there when the extractor improves.
 */
class GoldScoreTest {

    @TempDir Path dir;

    static final Path HOME = Path.of(System.getProperty("ckg.home", "."));
    static final Path SCORER = HOME.resolve("../shared/gold/score.py");

    @Test void seedGoldScoresDoNotDrop() throws Exception {
        Assumptions.assumeTrue(Files.exists(SCORER), "shared/gold is beside the repository");
        ratchet("seed", score(HOME.resolve("data/texts"), null));
    }

    @Test void reutersGoldScoresDoNotDrop() throws Exception {
        Assumptions.assumeTrue(Files.exists(SCORER), "shared/gold is beside the repository");
        Path reuters = HOME.resolve("src/test/resources/gold/reuters");
        ratchet("reuters", score(reuters.resolve("reuters-gold.sgm"), reuters.resolve("gold")));
    }

    /** Articles no rule was ever tuned on: a floor, not a target. */
    @Test void blindReutersGoldScoresDoNotDrop() throws Exception {
        Assumptions.assumeTrue(Files.exists(SCORER), "shared/gold is beside the repository");
        Path blind = HOME.resolve("src/test/resources/gold/reuters-blind");
        ratchet("blind", score(blind.resolve("reuters-blind.sgm"), blind.resolve("gold")));
    }

    private String score(Path texts, Path gold) throws Exception {
        Path out = dir.resolve("out.nq");
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            Main.commandLine().execute("extract", texts.toString(), "--format", "nquads", "-o", out.toString());
        } finally {
            System.setErr(err);
        }
        var cmd = new java.util.ArrayList<>(java.util.List.of("python3", SCORER.toString(), out.toString()));
        if (gold != null) cmd.addAll(java.util.List.of("--gold", gold.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0, report);
        System.out.println(report);
        return report;
    }

    private static void ratchet(String set, String report) throws Exception {
        Properties ratchet = new Properties();
        try (var in = GoldScoreTest.class.getResourceAsStream("/gold/ratchet.properties")) { ratchet.load(in); }
        check(report, "overall F1 ([0-9.]+)", ratchet, set + ".overall");
        check(report, "entities P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)", ratchet, set + ".entities");
        check(report, "relations P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)", ratchet, set + ".relations");
        check(report, "metrics P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)", ratchet, set + ".metrics");
        check(report, "period right ([0-9.]+)", ratchet, set + ".period");
    }

    private static void check(String report, String regex, Properties ratchet, String key) {
        Matcher m = Pattern.compile(regex).matcher(report);
        assertTrue(m.find(), "no " + key + " in:\n" + report);
        double got = Double.parseDouble(m.group(1)), floor = Double.parseDouble(ratchet.getProperty(key));
        assertTrue(got >= floor, key + " dropped to " + got + " below " + floor + "\n" + report);
    }
}
