package org.w3id.ckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build extracts only what changed: unchanged texts are skipped, changed ones replaced, removed ones pruned on request. */
class IncrementalBuildTest {

    @TempDir Path dir;

    Builder.Summary build(Path texts, boolean force, boolean prune) {
        return new Builder(new PrintStream(new ByteArrayOutputStream())).build(List.of(texts), dir.resolve("db"), force, prune);
    }

    @Test void onlyWhatChangedIsExtracted() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        try (var s = Files.list(SeedDatabase.TEXTS)) {
            for (Path f : s.toList()) Files.copy(f, texts.resolve(f.getFileName()));
        }
        Builder.Summary first = build(texts, false, false);
        assertEquals(5, first.texts());

        Builder.Summary second = build(texts, false, false);
        assertEquals(0, second.texts());
        assertEquals(5, second.unchanged());
        assertEquals(first.quads(), second.quads());

        Path changed = texts.resolve("004_ebd72d28f6add472.txt");
        Files.writeString(changed, Files.readString(changed).replace("Intel", "Nvidia"));
        Builder.Summary third = build(texts, false, false);
        assertEquals(1, third.texts());
        assertEquals(4, third.unchanged());
        String label = "http://www.w3.org/2000/01/rdf-schema#label";
        assertEquals(0, BulkBuildTest.textHits(dir.resolve("db"), label, "Intel"), "the replaced graph's names left the label index");
        assertEquals(1, BulkBuildTest.textHits(dir.resolve("db"), label, "Nvidia"), "the new names are in it, once");

        Files.delete(texts.resolve("003_781247a50496f141.txt"));
        Builder.Summary fourth = build(texts, false, true);
        assertEquals(1, fourth.pruned());
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db")))) {
            boolean left = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .contains(NodeFactory.createURI("https://w3id.org/ckg/doc/003_781247a50496f141.txt"), org.apache.jena.graph.Node.ANY,
                            org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
            assertFalse(left, "the removed text's graph is gone");
        }

        assertEquals(4, build(texts, true, false).texts(), "--force extracts everything again");
    }
}
