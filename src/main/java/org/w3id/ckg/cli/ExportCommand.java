package org.w3id.ckg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        Path dbDir = database.existing();
        try (Store store = Store.open(StoreConfig.forDatabase(dbDir))) {
            if (output == null) {
                RioExport.write(store.dataset(), format, graph, System.out);
                System.out.flush();
            } else {
                Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    RioExport.write(store.dataset(), format, graph, out);
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return 0;
    }
}
