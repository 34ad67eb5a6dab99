package org.w3id.ckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.cli.Main;

/**
 * A build killed with SIGKILL part-way leaves a database that opens and passes SHACL, and once
 * the build is run again it says exactly what a clean build says.
 */
class CrashTest {

    @TempDir Path dir;
    static final Path NEWSWIRE = Path.of(System.getProperty("ckg.home", ".")).resolve("../shared/data/reuters21578/reut2-000.sgm");

    static int build(Path texts, Path db) {
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            return Main.commandLine().execute("build", "--texts", texts.toString(), "--db", db.toString());
        } finally {
            System.setErr(err);
        }
    }

    static DatasetGraph contents(Path db) {
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            return Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> { if (!q.isDefaultGraph()) copy.add(q); });
                return copy;
            });
        }
    }

    @Test void killedBuildsRecover() throws Exception {
        Assumptions.assumeTrue(Files.exists(NEWSWIRE), "shared/data is beside the repository");
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.copy(NEWSWIRE, texts.resolve(NEWSWIRE.getFileName()));
        assertEquals(0, build(texts, dir.resolve("clean")));
        DatasetGraph clean = contents(dir.resolve("clean"));

        String java = ProcessHandle.current().info().command().orElse("java");
        int interrupted = 0;
        // early (the database being laid out, the first texts), and late (linking, SHACL)
        for (long delay : List.of(700L, 1500L, 2500L, 6000L)) {
            Path db = dir.resolve("killed-" + delay);
            List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    "-Dckg.home=" + System.getProperty("ckg.home", "."), "org.w3id.ckg.cli.Main", "build", "--texts", texts.toString(), "--db", db.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            p.waitFor(30, TimeUnit.SECONDS);
            if (finished) continue; // the machine was faster than the delay: nothing was interrupted
            interrupted++;
            try (Store store = Store.open(StoreConfig.forDatabase(db))) {
                assertTrue(ShapesCheck.validate(store).isEmpty(), "the killed database passes SHACL");
            }
            assertEquals(0, build(texts, db), "the build runs again over the killed database");
            DatasetGraph again = contents(db);
            assertEquals(count(clean), count(again), "as many quads as a clean build");
            assertTrue(IsoMatcher.isomorphic(clean, again), "the same quads as a clean build");
        }
        assertTrue(interrupted > 0, "at least one build was killed part-way");
    }

    static long count(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }
}
