package org.w3id.ckg.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.ckg.graph.Fingerprint;
import org.w3id.ckg.graph.Iris;
import org.w3id.ckg.graph.TextsToQuads;
import org.w3id.ckg.ingest.DataFiles;
import org.w3id.ckg.ingest.TextSource;
import org.w3id.ckg.model.SourceText;
import org.w3id.ckg.vocab.CKG;

/**
 * Builds the store from a folder of texts, extracted on all cores, and checks the result against
 * the SHACL shapes. A new database is written by TDB2's bulk loader in a folder beside the target
 * and renamed into place when whole ({@link BulkLoad}). Into an existing database, texts go in
 * batched write transactions, each text whole, each graph replacing the text's stored one, and a
 * text whose graph was made from the same text by the same extractor is not extracted again. The
 * ontology goes into a graph of its own, and the given stages (linking) run over the whole store.
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

    public Summary build(List<Path> texts, Path db) { return build(texts, db, false, false); }

    /**
     * Builds; with {@code force} every text is extracted again, else a text whose graph is up to
     * date is skipped; with {@code prune} the graphs of texts no longer found are dropped.
     */
    public Summary build(List<Path> texts, Path db, boolean force, boolean prune) {
        long t0 = System.nanoTime();
        return BulkLoad.applies(db) ? buildNew(texts, db, t0) : update(texts, db, force, prune, t0);
    }

    /** Counts what the extraction gave and reports each failure as it comes. */
    private final class Tally {
        final List<String> failures = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        int stored, unchanged;

        void failure(TextSource.Failure f) {
            failures.add(f.toString());
            log.println("ckg: " + f);
        }
    }

    private Summary buildNew(List<Path> texts, Path db, long t0) {
        Tally tally = new Tally();
        BulkLoad bulk = BulkLoad.start(db, log);
        try {
            StreamRDF into = bulk.stream();
            Node ontology = NodeFactory.createURI(ONTOLOGY_GRAPH);
            DataFiles.ontology().getGraph().find().forEachRemaining(t -> into.quad(Quad.create(ontology, t)));
            try (BuildProgress progress = new BuildProgress(log, TextSource.totalBytes(texts))) {
                new TextsToQuads().run(texts, new TextsToQuads.Sink() {
                    @Override public void document(SourceText text, String graph, List<Quad> quads) {
                        // a bulk load only adds: a second text of the same name would merge into the first one's graph
                        if (!tally.seen.add(graph)) {
                            tally.failure(new TextSource.Failure(text.path(), text.id() + ": a text of this name was read already; skipped"));
                            return;
                        }
                        quads.forEach(into::quad);
                        tally.stored++;
                        progress.stored(text.path());
                    }
                    @Override public void failure(TextSource.Failure f) { tally.failure(f); }
                });
            }
            Store store = bulk.finish();
            for (Stage stage : stages) stage.run(store);
            // the label index and the shapes check only read the store: side by side, on two cores
            CompletableFuture<Long> labels = CompletableFuture.supplyAsync(bulk::indexLabels);
            ShapesCheck.Checked checked = ShapesCheck.check(store);
            labels.join();
            Summary s = summary(tally, checked, 0, t0);
            bulk.commit();
            return s;
        } catch (RuntimeException e) {
            bulk.abort(e);
            throw e;
        }
    }

    private Summary update(List<Path> texts, Path db, boolean force, boolean prune, long t0) {
        Tally tally = new Tally();
        // a transaction holds many texts (each whole), not one: TDB2 and the Lucene index commit far less often
        Map<String, List<Quad>> batch = new LinkedHashMap<>();
        long[] batchQuads = {0};
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            Map<String, String> stored = storedHashes(store);
            try (BuildProgress progress = new BuildProgress(log, TextSource.totalBytes(texts))) {
                new TextsToQuads().run(texts, new TextsToQuads.Sink() {
                    @Override public void unchanged(SourceText text, String graph) {
                        tally.unchanged++;
                        tally.seen.add(graph);
                        progress.stored(text.path());
                    }
                    @Override public void document(SourceText text, String graph, List<Quad> qs) {
                        tally.seen.add(graph);
                        batch.put(graph, qs);
                        batchQuads[0] += qs.size();
                        tally.stored++;
                        if (batch.size() >= BATCH_TEXTS || batchQuads[0] >= BATCH_QUADS) {
                            store.replaceGraphs(batch);
                            batch.clear();
                            batchQuads[0] = 0;
                        }
                        progress.stored(text.path());
                    }
                    @Override public void failure(TextSource.Failure f) { tally.failure(f); }
                }, t -> !force && Fingerprint.of(t.contentHash()).equals(stored.get(Iris.document(t.id()))));
            }
            if (!batch.isEmpty()) store.replaceGraphs(batch);
            int pruned = 0;
            if (prune) {
                Set<String> gone = new HashSet<>(stored.keySet());
                gone.removeAll(tally.seen);
                for (String g : gone) store.replaceGraph(g, List.of());
                pruned = gone.size();
            }
            return finish(store, tally, pruned, t0);
        }
    }

    /** The work on the whole store once the texts are in: ontology, stages, shapes. */
    private Summary finish(Store store, Tally tally, int pruned, long t0) {
        store.replaceGraph(ONTOLOGY_GRAPH, DataFiles.ontology());
        for (Stage stage : stages) stage.run(store);
        return summary(tally, ShapesCheck.check(store), pruned, t0);
    }

    private static Summary summary(Tally tally, ShapesCheck.Checked checked, int pruned, long t0) {
        return new Summary(tally.stored, tally.failures.size(), checked.quads(), tally.failures, checked.violations(), (System.nanoTime() - t0) / 1_000_000,
                tally.unchanged, pruned);
    }

    /** Each stored text graph and the value its document's ckg:contentHash holds. */
    private static Map<String, String> storedHashes(Store store) {
        Map<String, String> out = new HashMap<>();
        Txn.executeRead(store.dataset(), () -> {
            try (var qe = QueryExecution.dataset(store.dataset()).query(
                    "SELECT ?g ?h { GRAPH ?g { ?g <" + CKG.contentHash.getURI() + "> ?h } }").build()) {
                qe.execSelect().forEachRemaining(r -> out.put(r.getResource("g").getURI(), r.getLiteral("h").getString()));
            }
        });
        return out;
    }
}
