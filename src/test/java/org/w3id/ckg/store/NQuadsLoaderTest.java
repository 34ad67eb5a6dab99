package org.w3id.ckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ckg load}: a new database bulk-loaded by TDB2's loader says what the source said and
 * finds names in its label index; into an existing one the graphs of the input replace the
 * stored ones in a transaction; a broken partition is named and nothing is written.
 */
class NQuadsLoaderTest {

    @TempDir Path dir;
    static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

    Path seedBackup() throws Exception {
        Path db = dir.resolve("seed");
        SeedDatabase.build(db);
        Path parts = Files.createDirectories(dir.resolve("parts"));
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            Backup.write(store, parts.resolve("part-00000.nq.gz"));
        }
        return parts;
    }

    static DatasetGraph copy(Set<Quad> quads) {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        quads.forEach(d::add);
        return d;
    }

    static boolean finds(Path db, String name) {
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query("""
                        PREFIX text: <http://jena.apache.org/text#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        ASK { { ?e text:query ("%1$s") } UNION { ?e text:query (skos:altLabel "%1$s") } }""".formatted(name)).build()) {
                    return qe.execAsk();
                }
            });
        }
    }

    @Test void aNewDatabaseIsBulkLoadedWholeWithItsLabelIndex() throws Exception {
        Path parts = seedBackup();
        NQuadsLoader.Summary s = new NQuadsLoader(QUIET).load(parts, dir.resolve("new"));
        assertTrue(s.ok(), s.failures() + " " + s.violations());
        Set<Quad> source = BackupTest.quads(dir.resolve("seed")), loaded = BackupTest.quads(dir.resolve("new"));
        assertEquals(source.size(), loaded.size());
        assertTrue(IsoMatcher.isomorphic(copy(source), copy(loaded)), "the loaded database says what the source said");
        assertTrue(finds(dir.resolve("new"), "Aliyun"), "the label index was built, alternative names too");
        assertTrue(finds(dir.resolve("new"), "Lazada"), "and names");
        assertFalse(finds(dir.resolve("new"), "Zanzibar"), "and nothing else");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("new.new-")), "no working folder is left");
        }
    }

    @Test void intoAnExistingDatabaseTheInputsGraphsReplaceTheStoredOnes() throws Exception {
        Path parts = seedBackup();
        Path db = dir.resolve("existing");
        SeedDatabase.build(db);
        String doc = "https://w3id.org/ckg/doc/000_6e0b91575a28b314.txt";
        Files.writeString(parts.resolve("extra.nq"), "<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#label> \"Zanzibar Widgets\" <" + doc + "> .\n");
        NQuadsLoader.Summary s = new NQuadsLoader(QUIET).load(parts, db);
        assertTrue(s.ok(), s.failures() + " " + s.violations());
        Set<Quad> source = BackupTest.quads(dir.resolve("seed")), loaded = BackupTest.quads(db);
        assertEquals(source.size() + 1, loaded.size(), "the stored graphs were replaced, not doubled");
        assertTrue(finds(db, "Zanzibar"), "the text index followed the transaction");
    }

    @Test void aBrokenPartitionIsNamedAndNothingIsWritten() throws Exception {
        Path parts = seedBackup();
        Files.writeString(parts.resolve("part-00001.nq"), "<urn:x:a> <urn:x:b> \"unterminated .\n");
        NQuadsLoader.Summary s = new NQuadsLoader(QUIET).load(parts, dir.resolve("broken"));
        assertFalse(s.ok());
        assertEquals(1, s.failures().size(), s.failures().toString());
        assertTrue(s.failures().get(0).contains("part-00001.nq") && s.failures().get(0).contains("not N-Quads"), s.failures().toString());
        assertFalse(Files.exists(dir.resolve("broken")), "no database was made");
    }
}
