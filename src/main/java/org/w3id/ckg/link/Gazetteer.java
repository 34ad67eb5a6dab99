package org.w3id.ckg.link;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.w3id.ckg.ingest.DataFiles;
import org.w3id.ckg.vocab.CKG;

/**
 * What the shipped reference data already says of an entity by its IRI: Wikidata and GeoNames
 * identifiers, and a country's ISO 3166 codes. Each entity is looked up on its own, so the same
 * answers come from a loop over a store and from a Spark job's executors.
 */
public final class Gazetteer {

    public static final String NAME = "gazetteer";
    public static final String IRI = "https://w3id.org/ckg/data/gazetteer";
    public static final String METHOD = "identifiers in the gazetteer";
    private static final List<String> FILES = List.of("external/countries.ttl", "gazetteer/regions.ttl", "gazetteer/organizations.ttl");
    private static final List<Property> CODES = List.of(CKG.iso3166alpha2, CKG.iso3166alpha3, CKG.iso3166numeric);

    private final Model model;

    private Gazetteer(Model model) { this.model = model; }

    /** The gazetteer of the data files (data/external/countries.ttl and data/gazetteer/). */
    public static Gazetteer standard() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : FILES) m.add(DataFiles.rdf("data/" + f));
        return new Gazetteer(m);
    }

    /** The entity's identifiers in the reference data, as accepted links. */
    public List<Linker.Link> links(Candidate e) {
        List<Linker.Link> links = new ArrayList<>();
        Resource r = model.getResource(e.iri());
        for (Property p : List.of(CKG.wikidata, CKG.geonames)) {
            r.listProperties(p).forEachRemaining(st -> links.add(new Linker.Link(e.iri(), st.getResource().getURI(), 1.0, true)));
        }
        return links;
    }

    /** A country's ISO 3166 codes, added to {@code into} as statements about the entity. */
    public void codes(Candidate e, Model into) {
        Resource r = model.getResource(e.iri());
        for (Property code : CODES) r.listProperties(code).forEachRemaining(st -> into.add(into.createResource(e.iri()), code, st.getString()));
    }

    /** The links graph of the gazetteer for these entities: their identifiers and codes. */
    public Model graph(List<Candidate> entities) {
        List<Linker.Link> links = new ArrayList<>();
        for (Candidate e : entities) links.addAll(links(e));
        Model m = LinkGraph.build(NAME, IRI, new Linker.Result(links, links.size()), METHOD);
        for (Candidate e : entities) codes(e, m);
        return m;
    }
}
