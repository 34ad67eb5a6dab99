package org.w3id.ckg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.ckg.export.RdfFormat;
import org.w3id.ckg.export.RioExport;
import org.w3id.ckg.graph.TextsToQuads;
import org.w3id.ckg.ingest.TextSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from texts (files or directories, read recursively) as RDF, one named graph per text.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories of texts.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nquads, turtle or jsonld (default: ${DEFAULT-VALUE}).")
    RdfFormat format;

    @Override public Integer call() throws IOException {
        Dataset ds = DatasetFactory.createTxnMem();
        int[] counts = new int[2];
        new TextsToQuads().run(paths, new TextsToQuads.Sink() {
            @Override public void document(org.w3id.ckg.model.SourceText text, String graph, List<Quad> quads) {
                quads.forEach(ds.asDatasetGraph()::add);
                counts[0]++;
            }
            @Override public void failure(TextSource.Failure f) {
                System.err.println("ckg: " + f);
                counts[1]++;
            }
        });
        Output.to(output, out -> RioExport.write(ds, format, null, out));
        System.err.printf("ckg: %d texts extracted, %d failed%n", counts[0], counts[1]);
        return counts[1] == 0 ? 0 : 1;
    }
}
