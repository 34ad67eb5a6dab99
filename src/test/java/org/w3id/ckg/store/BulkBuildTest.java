package org.w3id.ckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into a new database goes through TDB2's bulk loader; into an existing one, through
 * write transactions. Both must leave the same store, label index included.
 */
class BulkBuildTest {

    static final Path TEXTS = SeedDatabase.TEXTS;
    @TempDir Path dir;

    /** The store's quads as N-Quads lines; blank nodes (the ontology's) are left out, their labels differ from load to load. */
    private static Set<String> quads(Path db) {
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (Stream<org.apache.jena.sparql.core.Quad> s = org.apache.jena.atlas.iterator.Iter.asStream(store.dataset().asDatasetGraph().find())) {
                    return s.filter(q -> !q.getSubject().isBlank() && !q.getObject().isBlank())
                            .map(q -> NodeFmtLib.str(q)).collect(Collectors.toSet());
                }
            });
        }
    }

    static long textHits(Path db, String property, String word) {
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(
                        "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?e text:query (<" + property + "> \"" + word + "\" 1000) }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    @Test void aNewDatabaseIsBulkLoadedToTheSameStoreAsTransactionsWrite() {
        Path bulk = dir.resolve("bulk"), updated = dir.resolve("updated");
        Builder.Summary b = SeedDatabase.build(bulk);
        Store.open(StoreConfig.forDatabase(updated)).close(); // exists, empty: the build goes through transactions
        Builder.Summary u = SeedDatabase.build(updated);
        assertTrue(b.ok() && u.ok(), "both builds conform");
        assertEquals(b.quads(), u.quads());
        assertEquals(quads(updated), quads(bulk));
        String label = "http://www.w3.org/2000/01/rdf-schema#label", alt = "http://www.w3.org/2004/02/skos/core#altLabel";
        for (String word : List.of("Alibaba", "Company", "revenue")) {
            assertEquals(textHits(updated, label, word), textHits(bulk, label, word), "label index hits for " + word);
        }
        assertEquals(textHits(updated, alt, "Aliyun"), textHits(bulk, alt, "Aliyun"));
        assertTrue(textHits(bulk, alt, "Aliyun") > 0, "the bulk-built label index finds Aliyun");
    }

    @Test void aBulkBuildThatFailsLeavesNoDatabase() throws IOException {
        Path db = dir.resolve("failed");
        RuntimeException boom = new IllegalStateException("a stage failed");
        assertThrows(IllegalStateException.class, () -> new Builder(NQuadsLoaderTest.QUIET, store -> { throw boom; }).build(List.of(TEXTS), db));
        assertFalse(Files.exists(db), "no database where the build failed");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList(), "no half-made database beside it");
        }
    }

    @Test void aSecondTextOfTheSameNameIsReportedNotMergedIntoTheFirst() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one")), two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(one.resolve("news.txt"), "Acme Corp said revenue rose 10 percent to $5 million in 2024.", StandardCharsets.UTF_8);
        Files.writeString(two.resolve("news.txt"), "Globex Inc said it bought Initech Ltd.", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Builder.Summary s = new Builder(new PrintStream(out, true, StandardCharsets.UTF_8)).build(List.of(one, two), dir.resolve("db"));
        assertEquals(1, s.texts());
        assertEquals(1, s.failed());
        assertTrue(s.failures().get(0).startsWith(two.resolve("news.txt").toString()), s.failures().toString());
        Set<String> stored = quads(dir.resolve("db"));
        assertTrue(stored.stream().anyMatch(q -> q.contains("Acme")), "the first text is stored");
        assertFalse(stored.stream().anyMatch(q -> q.contains("Globex")), "the second is not merged into it");
    }

    @Test void progressIsLoggedAsPlainLinesWithRateAndTimeLeft() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Builder(new PrintStream(out, true, StandardCharsets.UTF_8)).build(List.of(TEXTS), dir.resolve("db"));
        String log = out.toString(StandardCharsets.UTF_8);
        String last = log.lines().filter(l -> l.startsWith("ckg: building")).reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("ckg: building 100% .* [1-9]\\d*/[1-9]\\d* KB \\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\) .*KB/s 5 texts"), last);
        assertFalse(log.contains("\r"), "no carriage returns in a log");
    }
}
