package org.w3id.ckg.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.w3id.ckg.ingest.DataFiles;

/**
 * The dataset description of {@code fuseki-config/ckg.ttl}, pointed at a database directory.
 * Build and serve both open the store through it, so the text index follows every write.
 */
public final class StoreConfig {

    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";
    static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private final Model model;
    private final Path db;

    private StoreConfig(Model model, Path db) { this.model = model; this.db = db; }

    /** The configuration in {@code home/fuseki-config/ckg.ttl} if present, else the one shipped in the jar. */
    public static StoreConfig forDatabase(Path db) {
        Model m = ModelFactory.createDefaultModel();
        Path home = Path.of(System.getProperty("ckg.home", "."));
        Path file = home.resolve("fuseki-config/ckg.ttl");
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file) : DataFiles.open("fuseki-config/ckg.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the Fuseki configuration", e);
        }
        replace(m, m.createProperty(TDB2, "location"), db.toAbsolutePath().toString());
        replace(m, m.createProperty(TEXT, "directory"), db.resolve("text-index").toAbsolutePath().toString());
        return new StoreConfig(m, db);
    }

    private static void replace(Model m, Property p, String value) {
        for (Statement st : m.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            Literal l = m.createLiteral(value);
            m.remove(st);
            m.add(st.getSubject(), p, l);
        }
    }

    public Model model() { return model; }

    /** The value of the service's {@code ja:context} entry {@code name}, if the assembler gives one. */
    public java.util.Optional<String> serviceSetting(String name) {
        String ja = "http://jena.hpl.hp.com/2005/11/Assembler#";
        Property context = model.createProperty(ja, "context"), cxtName = model.createProperty(ja, "cxtName"), cxtValue = model.createProperty(ja, "cxtValue");
        for (Resource service : model.listSubjectsWithProperty(RDF.type, model.createResource(FUSEKI + "Service")).toList()) {
            for (Statement c : service.listProperties(context).toList()) {
                Resource entry = c.getResource();
                if (entry.hasProperty(cxtName, name) && entry.hasProperty(cxtValue)) {
                    return java.util.Optional.of(entry.getProperty(cxtValue).getString().strip());
                }
            }
        }
        return java.util.Optional.empty();
    }

    public Path database() { return db; }

    /** Opens (creating if need be) the text-indexed TDB2 dataset. */
    public Dataset open() {
        Resource root = model.listSubjectsWithProperty(RDF.type, model.createResource(TEXT + "TextDataset")).nextOptional()
                .orElseGet(() -> model.listSubjectsWithProperty(RDF.type, model.createResource(TDB2 + "DatasetTDB2")).next());
        Dataset ds = (Dataset) Assembler.general().open(root);
        EmptyInputSafeExecutor.install(ds.asDatasetGraph());
        return ds;
    }

    static { org.apache.jena.sys.JenaSystem.init(); }
}
