package org.w3id.ckg.link;

import java.io.PrintStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ckg.ingest.DataFiles;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.vocab.CKG;

/**
 * Runs linking against a target and stores the result in the target's link graph (replacing
 * the previous run's), reporting what it compared and found.
 */
public final class LinkStage {

    public static final List<Property> DEFAULT_LABELS = List.of(RDFS.label, SKOS.altLabel);
    public static final String GAZETTEER_GRAPH = LinkGraph.iri("gazetteer");
    public static final String COMPANIES_GRAPH = LinkGraph.iri("companies");

    private final PrintStream log;

    public LinkStage(PrintStream log) { this.log = log; }

    /** The default links of a build: identifiers the gazetteer knows, and the company reference data. */
    public void standard(Store store) {
        List<Candidate> entities = Entities.of(store.dataset());
        Model gazetteer = ModelFactory.createDefaultModel();
        for (String f : List.of("external/countries.ttl", "gazetteer/regions.ttl", "gazetteer/organizations.ttl")) gazetteer.add(DataFiles.rdf("data/" + f));
        Linker.Result known = LinkGraph.known(entities, gazetteer);
        Model identifiers = LinkGraph.build("gazetteer", "https://w3id.org/ckg/data/gazetteer", known, "identifiers in the gazetteer");
        // a country's ISO 3166 codes go with its links
        for (Candidate e : entities) {
            for (Property code : List.of(CKG.iso3166alpha2, CKG.iso3166alpha3, CKG.iso3166numeric)) {
                gazetteer.getResource(e.iri()).listProperties(code).forEachRemaining(st -> identifiers.add(identifiers.createResource(e.iri()), code, st.getString()));
            }
        }
        store.replaceGraph(GAZETTEER_GRAPH, identifiers);
        // what the gazetteer already identifies needs no guessing from names
        java.util.Set<String> identified = new java.util.HashSet<>();
        for (Linker.Link l : known.links()) identified.add(l.entity());
        List<Candidate> rest = entities.stream().filter(e -> !identified.contains(e.iri())).toList();
        RdfFileTarget companies = new RdfFileTarget("companies", DataFiles.rdf("data/external/companies.ttl"), DEFAULT_LABELS);
        run(store, rest, companies, "https://w3id.org/ckg/data/companies", null, 0.95, 0.85);
        log.printf("ckg: linking: %d identifiers from the gazetteer%n", known.links().size());
    }

    public Linker.Result run(Store store, List<Candidate> entities, Target target, String targetIri, EntityType type, double threshold, double review) {
        long t0 = System.nanoTime();
        Linker.Result r = new Linker(threshold, review).link(entities, target, type);
        store.replaceGraph(LinkGraph.iri(target.name()), LinkGraph.build(target.name(), targetIri, r, Linker.METHOD));
        long accepted = r.links().stream().filter(Linker.Link::accepted).count();
        log.printf("ckg: linking %d entities with %s: %d candidates compared, %d owl:sameAs, %d skos:closeMatch for review, %.1f s%n",
                entities.size(), target.name(), r.compared(), accepted, r.links().size() - accepted, (System.nanoTime() - t0) / 1e9);
        return r;
    }
}
