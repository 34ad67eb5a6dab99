package org.w3id.ckg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3id.ckg.extract.Extractor;
import org.w3id.ckg.graph.TextsToQuads;
import org.w3id.ckg.ingest.DocumentReader;
import org.w3id.ckg.model.Document;
import org.w3id.ckg.model.Extraction;
import org.w3id.ckg.model.SourceText;

/**
 * Time to extract one company-news text of about 5 KB, once warm: reading, sentences, mentions,
 * resolution, relations and figures ({@code extract}), and the whole way to quads
 * ({@code extractToQuads}). Run with {@code mvn -Pbench verify} (see BENCHMARKS.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {

    private Extractor extractor;
    private Document document;
    private SourceText source;
    private TextsToQuads pipeline;

    @Setup public void setUp() throws IOException {
        Path texts = Path.of(System.getProperty("ckg.home", ".")).resolve("data/texts");
        // 000 and 003 together: 6.3 KB of news and filing prose, figures, lists and names
        String text = Files.readString(texts.resolve("000_6e0b91575a28b314.txt")) + "\n\n" + Files.readString(texts.resolve("003_781247a50496f141.txt"));
        source = new SourceText("bench.txt", Path.of("bench.txt"), text, "h", SourceText.Format.PLAIN);
        document = DocumentReader.standard().read(source);
        extractor = new Extractor();
        pipeline = new TextsToQuads();
    }

    @Benchmark public Extraction extract() { return extractor.extract(document); }

    @Benchmark public int extractToQuads() { return pipeline.quads(source).size(); }
}
