package org.w3id.ckg.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.ckg.graph.TextsToQuads;
import org.w3id.ckg.ingest.DataFiles;
import org.w3id.ckg.ingest.TextSource;

/**
 * Builds the store from a folder of texts: each text's graph is replaced in its own transaction
 * (a failed text leaves what was stored before), the ontology goes into a graph of its own, the
 * given stages (linking) run over the whole store, and the result is checked against the SHACL
 * shapes.
 */
public final class Builder {

    public static final String ONTOLOGY_GRAPH = "https://w3id.org/ckg/ontology";
    private static final int BATCH_TEXTS = 500;
    private static final long BATCH_QUADS = 200_000;

    /** What a build did. */
    public record Summary(int texts, int failed, long quads, List<String> failures, List<ReportEntry> violations, long millis,
                          int unchanged, int pruned) {
        public boolean ok() { return failed == 0 && violations.isEmpty(); }
    }

    /** Work on the whole store once the texts are in, before it is checked (linking). */
    public interface Stage { void run(Store store); }

    private final PrintStream log;
    private final List<Stage> stages;

    public Builder(PrintStream log, Stage... stages) {
        this.log = log;
        this.stages = List.of(stages);
    }

    /** A line every two seconds on long builds: how many texts, how fast. */
    /** Each stored text graph and the value its document's ckg:contentHash holds. */
    private static java.util.Map<String, String> storedHashes(Store store) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(
                    "SELECT ?g ?h { GRAPH ?g { ?g <" + org.w3id.ckg.vocab.CKG.contentHash.getURI() + "> ?h } }").build()) {
                qe.execSelect().forEachRemaining(r -> out.put(r.getResource("g").getURI(), r.getLiteral("h").getString()));
            }
        });
        return out;
    }

    private static final class Progress {
        private final PrintStream log;
        private final long start = System.nanoTime();
        private long last = start;

        Progress(PrintStream log) { this.log = log; }

        void tick(int done, String id) {
            long now = System.nanoTime();
            if (now - last < 2_000_000_000L) return;
            last = now;
            log.printf("ckg: %d texts stored (%.1f a second), last %s%n", done, done / ((now - start) / 1e9), id);
        }
    }

    public Summary build(List<Path> texts, Path db) { return build(texts, db, false, false); }

    /**
     * Builds; with {@code force} every text is extracted again, else a text whose graph was made from the
     * same text by the same extractor is skipped; with {@code prune} the graphs of texts no longer
     * found are dropped.
     */
    public Summary build(List<Path> texts, Path db, boolean force, boolean prune) {
        long t0 = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int[] done = {0};
        Progress progress = new Progress(log);
        // a transaction holds many texts (each whole), not one: TDB2 and the Lucene index commit far less often
        java.util.Map<String, List<Quad>> batch = new java.util.LinkedHashMap<>();
        long[] batchQuads = {0};
        long quads;
        int unchangedCount, prunedCount = 0;
        List<ReportEntry> violations;
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            store.replaceGraph(ONTOLOGY_GRAPH, DataFiles.ontology());
            java.util.Map<String, String> stored = storedHashes(store);
            java.util.Set<String> seen = new java.util.HashSet<>();
            int[] unchanged = {0};
            new TextsToQuads().run(texts, new TextsToQuads.Sink() {
                @Override public void unchanged(String id, String graph) {
                    unchanged[0]++;
                    seen.add(graph);
                }
                @Override public void document(String id, String graph, String hash, List<Quad> qs) {
                    seen.add(graph);
                    batch.put(graph, qs);
                    batchQuads[0] += qs.size();
                    done[0]++;
                    if (batch.size() >= BATCH_TEXTS || batchQuads[0] >= BATCH_QUADS) {
                        store.replaceGraphs(batch);
                        batch.clear();
                        batchQuads[0] = 0;
                    }
                    progress.tick(done[0], id);
                }
                @Override public void failure(TextSource.Failure f) {
                    failures.add(f.toString());
                    log.println("ckg: " + f);
                }
            }, t -> !force && org.w3id.ckg.graph.Fingerprint.of(t.contentHash()).equals(stored.get(org.w3id.ckg.graph.Iris.document(t.id()))));
            unchangedCount = unchanged[0];
            if (prune) {
                java.util.Set<String> gone = new java.util.HashSet<>(stored.keySet());
                gone.removeAll(seen);
                for (String g : gone) store.replaceGraph(g, List.of());
                prunedCount = gone.size();
            }
            if (!batch.isEmpty()) store.replaceGraphs(batch);
            for (Stage stage : stages) stage.run(store);
            quads = store.quadCount();
            violations = ShapesCheck.validate(store);
        }
        return new Summary(done[0], failures.size(), quads, failures, violations, (System.nanoTime() - t0) / 1_000_000, unchangedCount, prunedCount);
    }
}
