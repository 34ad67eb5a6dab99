package org.w3id.ckg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The data files that ship with ckg ({@code data/}, {@code ontology/}, {@code fuseki-config/},
 * {@code queries/} at the top of the repository), read from the classpath where the build
 * copies them under {@code ckg/}.
 */
public final class DataFiles {
    private DataFiles() {}

    public static InputStream open(String path) {
        InputStream in = DataFiles.class.getResourceAsStream("/ckg/" + path);
        if (in == null) throw new IllegalStateException("data file missing from the build: " + path);
        return in;
    }

    /** The lines of a text data file, without blank lines and {@code #} comments. */
    public static List<String> lines(String path) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    public static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** An RDF data file (Turtle unless its extension says otherwise). */
    public static Model rdf(String path) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(path)) {
            RDFParser.source(in).lang(path.endsWith(".nt") ? Lang.NTRIPLES : Lang.TURTLE).base("https://w3id.org/ckg/").parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return m;
    }

    /** The ontology with its metric scheme. */
    public static Model ontology() {
        Model m = rdf("ontology/ckg.ttl");
        m.add(rdf("ontology/metrics.ttl"));
        return m;
    }
}
