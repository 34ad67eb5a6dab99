package org.w3id.ckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.cli.Main;

/** A backup restored into a new database holds the same quads, graph for graph, and its text index works. */
class BackupTest {

    @TempDir Path dir;

    static Set<Quad> quads(Path db) {
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<Quad> out = new HashSet<>();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> { if (!q.isDefaultGraph()) out.add(q); });
                return out;
            });
        }
    }

    @Test void restoresEqual() {
        Path texts = Path.of(System.getProperty("ckg.home", ".")).resolve("data/texts");
        new Builder(new PrintStream(new ByteArrayOutputStream())).build(List.of(texts), dir.resolve("db"));
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            assertEquals(0, Main.commandLine().execute("backup", "--db", dir.resolve("db").toString(), "-o", dir.resolve("b.nq.gz").toString()));
            assertEquals(0, Main.commandLine().execute("restore", "--from", dir.resolve("b.nq.gz").toString(), "--db", dir.resolve("db2").toString()));
            assertEquals(2, Main.commandLine().execute("restore", "--from", dir.resolve("b.nq.gz").toString(), "--db", dir.resolve("db2").toString()),
                    "restoring over a database is refused");
        } finally {
            System.setErr(err);
        }
        Set<Quad> before = quads(dir.resolve("db")), after = quads(dir.resolve("db2"));
        assertTrue(before.size() > 1000);
        // equal up to the names of blank nodes (the ontology's Data Cube components have some)
        org.apache.jena.sparql.core.DatasetGraph a = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.sparql.core.DatasetGraph b = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        before.forEach(a::add);
        after.forEach(b::add);
        assertEquals(before.size(), after.size());
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(a, b), "the restored database says what the original said");
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db2")))) {
            boolean found = Txn.calculateRead(store.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query("""
                        PREFIX text: <http://jena.apache.org/text#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        ASK { ?e text:query (skos:altLabel "Aliyun") }""").build()) {
                    return qe.execAsk();
                }
            });
            assertTrue(found, "the text index was rebuilt by the restore");
        }
    }
}
