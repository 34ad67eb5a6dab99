package org.w3id.ckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real build of the seed texts into a temporary TDB2 database, then queried. */
class StoreTest {

    static final Path TEXTS = Path.of(System.getProperty("ckg.home", ".")).resolve("data/texts");
    @TempDir static Path dir;
    static Builder.Summary first;

    @BeforeAll static void build() {
        first = new Builder(new PrintStream(new ByteArrayOutputStream())).build(List.of(TEXTS), dir.resolve("db"));
    }

    @Test void buildsEveryTextIntoItsOwnGraphAndConforms() {
        assertEquals(5, first.texts());
        assertEquals(0, first.failed());
        assertEquals(List.of(), first.violations().stream().map(ShapesCheck::describe).toList());
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db")))) {
            long graphs = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a <https://w3id.org/ckg/ontology#Document> } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(5, graphs);
        }
    }

    @Test void unionDefaultGraphAndTextIndexAnswerQueries() {
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db")))) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                        PREFIX ckg: <https://w3id.org/ckg/ontology#>
                        PREFIX text: <http://jena.apache.org/text#>
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        SELECT DISTINCT ?e { ?e text:query (skos:altLabel "Aliyun") . ?e a ckg:Company }""").build()) {
                    ResultSet rs = qe.execSelect();
                    assertTrue(rs.hasNext(), "the Lucene index finds Aliyun");
                    assertEquals("https://w3id.org/ckg/id/org/alibaba-cloud", rs.next().getResource("e").getURI());
                }
            });
        }
    }

    @Test void aSecondBuildLeavesTheSameTriples() {
        Builder.Summary again = new Builder(new PrintStream(new ByteArrayOutputStream())).build(List.of(TEXTS), dir.resolve("db"));
        assertEquals(first.quads(), again.quads());
    }

    @Test void shaclCatchesABrokenObservation() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                PREFIX ckg: <https://w3id.org/ckg/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <urn:x:o> a ckg:MetricObservation ; ckg:metric ckg:Revenue ; ckg:value "12"^^xsd:decimal ;
                    ckg:unit "dollars" ; ckg:periodStart "2020-06-30"^^xsd:date ; ckg:periodEnd "2020-01-01"^^xsd:date .
                """, Lang.TURTLE).parse(g);
        List<ReportEntry> v = ShapesCheck.validate(g);
        List<String> msgs = v.stream().map(ShapesCheck::describe).toList();
        assertTrue(msgs.stream().anyMatch(m -> m.contains("exactly one organisation")), msgs::toString);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("ISO 4217")), msgs::toString);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("not after periodEnd")), msgs::toString);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("which document")), msgs::toString);
        assertFalse(v.isEmpty());
    }

    @Test void aJournalTornByACrashIsCutAtItsLastCommitAndTheDatabaseOpens(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path db = tmp.resolve("db");
        SeedDatabase.build(db);
        long before;
        try (Store store = Store.open(StoreConfig.forDatabase(db))) { before = store.quadCount(); }
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(db.toString()), true);
        // what a process killed while writing an entry leaves: a header announcing 24 bytes of data that never came
        java.nio.file.Path journal = db.resolve("Data-0001/journal.jrnl");
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(28).putInt(24).putInt(12345).putInt(1);
        java.nio.file.Files.write(journal, header.array(), java.nio.file.StandardOpenOption.APPEND);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(said));
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            assertEquals(before, store.quadCount(), "every committed quad is there");
        } finally {
            System.setErr(err);
        }
        assertTrue(said.toString().contains("journal.jrnl: dropped 28 bytes"), said.toString());
    }
}
