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
        Files.writeString(texts.resolve("blank.txt"), "  \n\t \n");
        Files.write(texts.resolve("binary.txt"), new byte[] {1, 2, 0, 3, 0, 4});
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) if (noise[i] == 0) noise[i] = (byte) 0x81;
        Files.write(texts.resolve("noise.txt"), noise);
        Path out = dir.resolve("out.nq");
        Run r = run("extract", texts.toString(), dir.resolve("missing").toString(), "--format", "nquads", "-o", out.toString());
        assertEquals(1, r.exit(), "a failed text makes the exit code non-zero");
        List<String> lines = r.err().lines().filter(l -> l.startsWith("ckg: ") && !l.contains("texts extracted")).toList();
        assertEquals(5, lines.size(), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("blank.txt") && l.contains("white space")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("binary.txt") && l.contains("binary")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("noise.txt") && l.contains("encoding")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("missing") && l.contains("no such file")), r.err());
        String nq = Files.readString(out);
        assertTrue(nq.contains("good.txt") && nq.contains("hasCustomer"), "the good text is extracted");
        assertTrue(!Files.exists(dir.resolve("out.nq.tmp")), "nothing half-written is left");
    }

    @Test void latin1AndGb18030TextsAreRecognisedAndReadCorrectly() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("encodings"));
        String french = "La Société Générale a déclaré que ses clients comprennent Crédit Agricole et Électricité de France. "
                + "Les bénéfices de la Société Générale ont progressé cette année, a précisé la société à Paris. ";
        Files.write(texts.resolve("latin1.txt"), french.repeat(3).getBytes(StandardCharsets.ISO_8859_1));
        String chinese = "阿里巴巴集团表示，其云计算业务收入增长了百分之九十九。公司首席执行官张勇说，客户包括南京银行和亚洲航空。";
        Files.write(texts.resolve("gb18030.txt"), chinese.repeat(3).getBytes(java.nio.charset.Charset.forName("GB18030")));
        Path out = dir.resolve("enc.nq");
        Run r = run("extract", texts.toString(), "--format", "nquads", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String nq = Files.readString(out);
        assertTrue(nq.contains("Soci\\u00E9t\\u00E9 G\\u00E9n\\u00E9rale") || nq.contains("Société Générale"), "Latin-1 read as Latin-1");
        assertTrue(nq.contains("gb18030.txt"), "GB18030 text read");
        org.apache.jena.query.Dataset ds = org.apache.jena.riot.RDFDataMgr.loadDataset(out.toString());
        String text = ds.getNamedModel("https://w3id.org/ckg/doc/gb18030.txt")
                .listObjectsOfProperty(org.w3id.ckg.vocab.CKG.text).next().asLiteral().getString();
        assertTrue(text.startsWith("阿里巴巴集团"), "GB18030 decoded: " + text.substring(0, 10));
    }

    @Test void aSymlinkLoopIsReportedAndTheOtherTextsAreRead() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("loop"));
        Files.writeString(texts.resolve("a.txt"), "Globex Corp said its customers include Initech and Hooli.\n");
        Path sub = Files.createDirectories(texts.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("back"), texts);
        Run r = run("extract", texts.toString(), "--format", "nquads", "-o", dir.resolve("loop.nq").toString());
        assertTrue(r.err().contains("symbolic link loop"), r.err());
        assertTrue(Files.readString(dir.resolve("loop.nq")).contains("a.txt"));
    }

    @Test void hugeFilesLongLinesPipesAndDanglingLinks() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(texts.resolve("good.txt"), "Globex Corp said its customers include Initech and Hooli.\n");
        try (var f = new java.io.RandomAccessFile(texts.resolve("huge.txt").toFile(), "rw")) { f.setLength(200L << 20); } // 200 MB, sparse
        String line = "Initech Inc said revenue rose 5 pct to 3 mln dlrs and its customers include Hooli and ".repeat(12_000); // over 1 MB, one line
        Files.writeString(texts.resolve("long-line.txt"), line + "\n");
        Files.createSymbolicLink(texts.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Path pipe = texts.resolve("pipe.txt");
        boolean fifo = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        long t0 = System.nanoTime();
        Run r = run("extract", texts.toString(), fifo ? pipe.toString() : texts.resolve("good.txt").toString(),
                "--format", "nquads", "-o", dir.resolve("odd.nq").toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.contains("huge.txt") && l.contains("larger than")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.contains("dangling.txt") && l.contains("cannot read")), r.err());
        if (fifo) assertTrue(r.err().lines().anyMatch(l -> l.contains("pipe.txt") && l.contains("not a regular file")), r.err());
        String nq = Files.readString(dir.resolve("odd.nq"));
        assertTrue(nq.contains("good.txt") && nq.contains("long-line.txt"), "the good texts and the 1 MB line are extracted");
        assertTrue(seconds < 120, "a 1 MB line took " + seconds + " s");
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
