package org.w3id.ckg.graph;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.ckg.extract.Extractor;
import org.w3id.ckg.ingest.DocumentReader;
import org.w3id.ckg.ingest.TextSource;
import org.w3id.ckg.model.SourceText;

/**
 * The whole path from files to quads: read each text, extract it, and hand its quads to a
 * {@link Sink} as one batch per text, so a store can replace that text's graph in one
 * transaction. A text that fails is reported to the sink and the others go on.
 */
public final class TextsToQuads {

    /** Receives one text's graph at a time, or the reason a text gave none. */
    public interface Sink {
        void document(SourceText text, String graphIri, List<Quad> quads);
        void failure(TextSource.Failure failure);
        /** A text skipped because its graph is already up to date. */
        default void unchanged(SourceText text, String graphIri) { }
    }

    private final DocumentReader reader = DocumentReader.standard();
    /** OpenNLP's tools hold state: one extractor a thread. */
    private final ThreadLocal<Extractor> extractor = ThreadLocal.withInitial(Extractor::new);
    private final int threads;

    public TextsToQuads() { this(Runtime.getRuntime().availableProcessors()); }

    public TextsToQuads(int threads) { this.threads = Math.max(1, threads); }

    /** One text's result: its quads, or why it gave none. */
    private record Result(SourceText text, List<Quad> quads, String error) {}

    /**
     * Extracts on all cores; the sink is called from this thread only, in the order the texts
     * were read. At most a few texts a thread are in flight, so memory does not grow with the
     * corpus.
     */
    public void run(List<Path> paths, Sink sink) { run(paths, sink, t -> false); }

    /** As {@link #run(List, Sink)}, skipping the texts {@code upToDate} says are already stored as they would be extracted now. */
    public void run(List<Path> paths, Sink sink, java.util.function.Predicate<SourceText> upToDate) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ckg-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Result>> inFlight = new ArrayDeque<>();
        try {
            TextSource.read(paths, new TextSource.Handler() {
                @Override public void text(SourceText text) {
                    if (upToDate.test(text)) {
                        while (!inFlight.isEmpty()) deliver(inFlight.removeFirst(), sink);
                        sink.unchanged(text, Iris.document(text.id()));
                        return;
                    }
                    inFlight.addLast(pool.submit(() -> extract(text)));
                    while (inFlight.size() > 4 * threads) deliver(inFlight.removeFirst(), sink);
                }
                @Override public void failure(TextSource.Failure failure) { sink.failure(failure); }
            });
            while (!inFlight.isEmpty()) deliver(inFlight.removeFirst(), sink);
        } finally {
            pool.shutdownNow();
        }
    }

    private Result extract(SourceText text) {
        try {
            return new Result(text, quads(text), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(text, null, "extraction failed: " + e);
        }
    }

    private static void deliver(Future<Result> f, Sink sink) {
        Result r;
        try {
            r = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (r.error() != null) sink.failure(new TextSource.Failure(r.text().path(), r.text().id() + ": " + r.error()));
        else sink.document(r.text(), Iris.document(r.text().id()), r.quads());
    }

    public List<Quad> quads(SourceText text) {
        List<Quad> quads = new ArrayList<>();
        new GraphWriter(new StreamRDFBase() {
            @Override public void quad(Quad q) { quads.add(q); }
        }).write(extractor.get().extract(reader.read(text)));
        return quads;
    }
}
