package org.w3id.ckg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.ckg.export.RdfFormat;
import org.w3id.ckg.export.RioExport;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the database as RDF with RDF4J Rio.",
                "TriG, N-Quads and JSON-LD keep one graph per text; Turtle, N-Triples and RDF/XML get the union of all texts, or one text's graph with --graph."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin DatabaseOption database;

    @Option(names = "--format", required = true, description = "turtle, trig, nquads, ntriples, jsonld or rdfxml.")
    RdfFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this text's graph (its document IRI).")
    String graph;

    @Override public Integer call() throws Exception {
        try (Store store = Store.open(StoreConfig.forDatabase(database.existing()))) {
            Output.to(output, out -> RioExport.write(store.dataset(), format, graph, out));
        }
        return 0;
    }
}
