package org.w3id.ckg.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.store.Builder;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;

/** Rio's output, parsed back by Jena, says exactly what the store says. */
class ExportTest {

    @TempDir static Path dir;

    @BeforeAll static void build() {
        Path texts = Path.of(System.getProperty("ckg.home", ".")).resolve("data/texts");
        new Builder(new PrintStream(new ByteArrayOutputStream())).build(List.of(texts), dir.resolve("db"));
    }

    static byte[] export(RdfFormat f, String graph) {
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db")))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RioExport.write(store.dataset(), f, graph, out);
            return out.toByteArray();
        }
    }

    static Graph union() {
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db")))) {
            return Txn.calculateRead(store.dataset(), () -> {
                Graph g = GraphFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> g.add(q.asTriple()));
                return g;
            });
        }
    }

    @Test void turtleOfTheUnionIsIsomorphicToTheStore() {
        byte[] ttl = export(RdfFormat.turtle, null);
        String text = new String(ttl, StandardCharsets.UTF_8);
        assertTrue(text.contains("@prefix ckg: <https://w3id.org/ckg/ontology#>"), "ontology prefixes are used");
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl)).lang(Lang.TURTLE).parse(parsed);
        assertTrue(IsoMatcher.isomorphic(union(), parsed));
    }

    @Test void trigKeepsTheGraphsOfTheTexts() {
        byte[] trig = export(RdfFormat.trig, null);
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG).parse(ds);
        DatasetGraph dsg = ds.asDatasetGraph();
        long texts = java.util.stream.StreamSupport.stream(((Iterable<org.apache.jena.graph.Node>) dsg::listGraphNodes).spliterator(), false)
                .filter(n -> n.getURI().startsWith("https://w3id.org/ckg/doc/")).count();
        assertTrue(texts == 5, "five text graphs, got " + texts);
    }

    @Test void oneTextsGraphAsTurtle() {
        String ttl = new String(export(RdfFormat.turtle, "https://w3id.org/ckg/doc/004_ebd72d28f6add472.txt"), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("004_ebd72d28f6add472.txt"));
        assertTrue(!ttl.contains("000_6e0b91575a28b314.txt"));
    }
}
