package org.w3id.ckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files get one line each naming the file and the reason; the good ones are still extracted. */
class BadInputTest {

    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test void eachBadFileIsNamedOnceAndTheRestIsExtracted() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("good.txt"), "Globex Corp said its customers include Initech and Hooli.\n");
        Files.writeString(texts.resolve("empty.txt"), "");
        Files.write(texts.resolve("binary.txt"), new byte[] {1, 2, 0, 3, 0, 4});
        Files.write(texts.resolve("latin1.txt"), "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale said".getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out.nq");
        Run r = run("extract", texts.toString(), dir.resolve("missing").toString(), "--format", "nquads", "-o", out.toString());
        assertEquals(1, r.exit(), "a failed text makes the exit code non-zero");
        List<String> lines = r.err().lines().filter(l -> l.startsWith("ckg: ") && !l.contains("texts extracted")).toList();
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("binary.txt") && l.contains("binary")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("latin1.txt") && l.contains("UTF-8")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("missing") && l.contains("no such file")), r.err());
        String nq = Files.readString(out);
        assertTrue(nq.contains("good.txt") && nq.contains("hasCustomer"), "the good text is extracted");
        assertTrue(!Files.exists(dir.resolve("out.nq.tmp")), "nothing half-written is left");
    }

    @Test void buildKeepsWhatWasStoredWhenATextFails() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("t2"));
        Files.writeString(texts.resolve("a.txt"), "Globex Corp said its customers include Initech and Hooli.\n");
        Path db = dir.resolve("db");
        assertEquals(0, run("build", "--texts", texts.toString(), "--db", db.toString()).exit());
        Files.write(texts.resolve("a.txt"), new byte[] {0, 0, 0});
        Run second = run("build", "--texts", texts.toString(), "--db", db.toString());
        assertEquals(1, second.exit());
        Run q = run("query", "--db", db.toString(), "--results", "csv", "SELECT ?c { ?s <https://w3id.org/ckg/ontology#hasCustomer> ?c }");
        assertEquals(0, q.exit(), q.err());
        assertEquals(3, q.out().lines().count(), "the earlier graph of a.txt is still whole: " + q.out());
    }

    @Test void helpEverywhere() {
        for (String cmd : List.of("extract", "build", "serve", "query", "export")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.exit());
            assertTrue(r.out().contains("Usage: ckg " + cmd), r.out());
        }
    }
}
