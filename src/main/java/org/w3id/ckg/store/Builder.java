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

    /** What a build did. */
    public record Summary(int texts, int failed, long quads, List<String> failures, List<ReportEntry> violations, long millis) {
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

    public Summary build(List<Path> texts, Path db) {
        long t0 = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int[] done = {0};
        long quads;
        List<ReportEntry> violations;
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            store.replaceGraph(ONTOLOGY_GRAPH, DataFiles.ontology());
            new TextsToQuads().run(texts, new TextsToQuads.Sink() {
                @Override public void document(String id, String graph, String hash, List<Quad> qs) {
                    store.replaceGraph(graph, qs);
                    done[0]++;
                    log.printf("ckg: %-40s %5d quads%n", id, qs.size());
                }
                @Override public void failure(TextSource.Failure f) {
                    failures.add(f.toString());
                    log.println("ckg: " + f);
                }
            });
            for (Stage stage : stages) stage.run(store);
            quads = store.quadCount();
            violations = ShapesCheck.validate(store);
        }
        return new Summary(done[0], failures.size(), quads, failures, violations, (System.nanoTime() - t0) / 1_000_000);
    }
}
