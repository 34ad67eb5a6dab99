package org.w3id.ckg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.cli.Main;
import org.w3id.ckg.link.LinkStage;
import org.w3id.ckg.store.Builder;
import org.w3id.ckg.store.NQuadsLoader;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;

/**
 * The Spark job in local mode with 2 workers, on the seed texts, a slice of Reuters-21578 and a
 * broken file: its text partitions hold exactly the quads of {@code ckg extract}, the broken file
 * is reported and the rest goes on, and {@code ckg load} of its output gives the database
 * {@code ckg build} gives, links included.
 */
class ExtractJobTest {

    static final Path HOME = Path.of(System.getProperty("ckg.home", "."));
    @TempDir static Path dir;
    static JavaSparkContext sc;
    static Path texts;
    static ExtractJob.Summary summary;

    @BeforeAll static void run() throws Exception {
        texts = Files.createDirectories(dir.resolve("texts"));
        Path seeds = Files.createDirectories(texts.resolve("seeds"));
        try (var s = Files.list(HOME.resolve("data/texts"))) {
            for (Path f : s.toList()) Files.copy(f, seeds.resolve(f.getFileName()));
        }
        Path reuters = HOME.resolve("../shared/data/reuters21578/reut2-000.sgm");
        if (Files.exists(reuters)) Files.copy(reuters, texts.resolve(reuters.getFileName()));
        else Files.copy(HOME.resolve("src/test/resources/gold/reuters/reuters-gold.sgm"), texts.resolve("reuters-gold.sgm"));
        Files.write(texts.resolve("broken.txt"), new byte[] {0, 1, 2, 0});
        sc = new JavaSparkContext(ExtractJob.localMode(new SparkConf().setAppName("ckg test"), 2));
        summary = ExtractJob.run(sc, texts.toUri().toString(), dir.resolve("out").toUri().toString(), 4);
    }

    @AfterAll static void stop() { if (sc != null) sc.close(); }

    @Test void theTextPartitionsHoldWhatCkgExtractGives() throws Exception {
        Path local = dir.resolve("local.nq");
        int exit = quietly(() -> Main.commandLine().execute("extract", texts.toString(), "--format", "nquads", "-o", local.toString()));
        assertEquals(1, exit, "the broken file fails locally too");
        Set<Quad> expected = parse(List.of(local)), actual = parse(NQuadsLoader.partitions(dir.resolve("out/texts")));
        assertTrue(expected.size() > 10_000, "a real amount of data: " + expected.size());
        Set<Quad> missing = new HashSet<>(expected), extra = new HashSet<>(actual);
        missing.removeAll(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), missing.size() + " quads missing, e.g. " + missing.stream().limit(3).toList()
                + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
        assertEquals(expected.size(), summary.quads());
        List<Path> parts = NQuadsLoader.partitions(dir.resolve("out/texts"));
        assertTrue(parts.size() >= 2, "the texts were spread over the workers: " + parts);
        assertTrue(parts.stream().allMatch(p -> p.getFileName().toString().endsWith(".nq.gz")), "partitions are named as N-Quads: " + parts);
    }

    @Test void aBrokenFileIsReportedNotFatal() throws Exception {
        assertEquals(1, summary.failed(), summary.failures().toString());
        assertTrue(summary.failures().get(0).contains("broken.txt") && summary.failures().get(0).contains("binary"), summary.failures().toString());
        assertTrue(summary.texts() > 100, "the other texts are extracted: " + summary.texts());
        String json = Files.readString(dir.resolve("out/summary.json"));
        assertTrue(json.contains("\"failed\" : 1") && json.contains("broken.txt"), json);
    }

    @Test void loadingTheOutputGivesTheDatabaseABuildGives() throws Exception {
        Path built = dir.resolve("built"), loaded = dir.resolve("loaded");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        new Builder(quiet, store -> new LinkStage(quiet).standard(store)).build(List.of(texts), built);
        NQuadsLoader.Summary s = new NQuadsLoader(quiet).load(dir.resolve("out"), loaded);
        assertTrue(s.ok(), s.failures() + " " + s.violations());
        Set<Quad> b = contents(built), l = contents(loaded);
        assertTrue(b.stream().anyMatch(q -> q.getGraph().getURI().equals(LinkStage.COMPANIES_GRAPH)), "the build made company links");
        assertEquals(b.size(), l.size(), "the same number of quads");
        // blank nodes (the ontology's, none from extraction) are compared up to their labels
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(withBlanks(b), withBlanks(l)), "the quads with blank nodes match");
        b.removeIf(ExtractJobTest::hasBlank);
        l.removeIf(ExtractJobTest::hasBlank);
        Set<Quad> missing = new HashSet<>(b), extra = new HashSet<>(l);
        missing.removeAll(l);
        extra.removeAll(b);
        assertTrue(missing.isEmpty() && extra.isEmpty(), missing.size() + " quads missing, e.g. " + missing.stream().limit(3).toList()
                + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
    }

    static boolean hasBlank(Quad q) { return q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank(); }

    static org.apache.jena.sparql.core.DatasetGraph withBlanks(Set<Quad> quads) {
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        quads.stream().filter(ExtractJobTest::hasBlank).forEach(dsg::add);
        return dsg;
    }

    static Set<Quad> parse(List<Path> files) throws Exception {
        Set<Quad> quads = new HashSet<>();
        for (Path f : files) {
            try (var raw = Files.newInputStream(f); var in = f.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override public void quad(Quad q) { quads.add(q); }
                });
            }
        }
        return quads;
    }

    static Set<Quad> contents(Path db) {
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<Quad> out = new HashSet<>();
                store.dataset().asDatasetGraph().find().forEachRemaining(out::add);
                return out;
            });
        }
    }

    static int quietly(java.util.function.IntSupplier run) {
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            return run.getAsInt();
        } finally {
            System.setErr(err);
        }
    }
}
