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
    public static final String GAZETTEER_GRAPH = LinkGraph.iri(Gazetteer.NAME);
    public static final String COMPANIES_GRAPH = LinkGraph.iri("companies");

    private final PrintStream log;

    public LinkStage(PrintStream log) { this.log = log; }

    /** The company reference data of a build: its name, IRI, and the scores for a link and for review. */
    public static final String COMPANIES = "companies";
    public static final String COMPANIES_IRI = "https://w3id.org/ckg/data/companies";
    public static final double COMPANIES_THRESHOLD = 0.95, COMPANIES_REVIEW = 0.85;

    public static RdfFileTarget companies() {
        return new RdfFileTarget(COMPANIES, DataFiles.rdf("data/external/companies.ttl"), DEFAULT_LABELS);
    }

    /** The default links of a build: identifiers the gazetteer knows, and the company reference data. */
    public void standard(Store store) {
        List<Candidate> entities = Entities.of(store.dataset());
        Gazetteer gazetteer = Gazetteer.standard();
        Model identifiers = gazetteer.graph(entities);
        store.replaceGraph(GAZETTEER_GRAPH, identifiers);
        // what the gazetteer already identifies needs no guessing from names
        List<Candidate> rest = entities.stream().filter(e -> gazetteer.links(e).isEmpty()).toList();
        run(store, rest, companies(), COMPANIES_IRI, null, COMPANIES_THRESHOLD, COMPANIES_REVIEW);
        log.printf("ckg: linking: %d entities identified by the gazetteer%n", entities.size() - rest.size());
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
