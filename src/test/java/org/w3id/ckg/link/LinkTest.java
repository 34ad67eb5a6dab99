package org.w3id.ckg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.store.Builder;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;

/** The links of a real build of the seed texts against the shipped reference data, measured against a hand-written gold. */
class LinkTest {

    @TempDir static Path dir;
    static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @BeforeAll static void build() {
        Path texts = Path.of(System.getProperty("ckg.home", ".")).resolve("data/texts");
        PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
        new Builder(log, store -> new LinkStage(log).standard(store)).build(List.of(texts), dir.resolve("db"));
    }

    static Set<String> sameAs() {
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db")))) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<String> out = new HashSet<>();
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                        SELECT ?e ?t { GRAPH ?g { ?e <http://www.w3.org/2002/07/owl#sameAs> ?t }
                                       FILTER(STRSTARTS(STR(?g), "https://w3id.org/ckg/links/")) }""").build()) {
                    qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI() + "\t" + r.getResource("t").getURI()));
                }
                return out;
            });
        }
    }

    @Test void precisionAndRecallAgainstTheGold() throws Exception {
        Set<String> gold = new HashSet<>();
        for (String l : Files.readAllLines(Path.of(System.getProperty("ckg.home", ".")).resolve("src/test/resources/gold/links/seed-links.tsv"))) {
            if (!l.isBlank() && !l.startsWith("#")) gold.add(l.strip());
        }
        Set<String> found = sameAs();
        Set<String> right = new HashSet<>(found);
        right.retainAll(gold);
        double precision = found.isEmpty() ? 0 : (double) right.size() / found.size();
        double recall = (double) right.size() / gold.size();
        System.out.printf("links: precision %.3f recall %.3f (%d found, %d in the gold)%n", precision, recall, found.size(), gold.size());
        Set<String> wrong = new HashSet<>(found);
        wrong.removeAll(gold);
        assertTrue(precision >= 0.98, "precision " + precision + ", wrong: " + wrong);
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    @Test void linksLiveInTheirOwnGraphsWithScoreAndMethod() {
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db")))) {
            boolean ok = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                        PREFIX ckg: <https://w3id.org/ckg/ontology#>
                        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                        ASK { GRAPH <https://w3id.org/ckg/links/companies> {
                                ?a a ckg:LinkAssertion ; rdf:subject <https://w3id.org/ckg/id/org/alibaba> ; ckg:confidence ?c ;
                                   <http://www.w3.org/ns/prov#wasGeneratedBy> ?run .
                                ?run ckg:method ?m ; ckg:candidatesCompared ?n } }""").build()) {
                    return qe.execAsk();
                }
            });
            assertTrue(ok);
        }
        assertTrue(LOG.toString(StandardCharsets.UTF_8).contains("candidates compared"), "the run reports what it compared");
    }

    @Test void countriesCarryTheirIsoCodes() {
        try (Store store = Store.open(StoreConfig.forDatabase(dir.resolve("db")))) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                        ASK { GRAPH <https://w3id.org/ckg/links/gazetteer> {
                          <https://w3id.org/ckg/id/place/malaysia> <https://w3id.org/ckg/ontology#iso3166alpha2> "MY" ;
                             <https://w3id.org/ckg/ontology#iso3166alpha3> "MYS" ;
                             <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q833> } }""").build()) {
                    return qe.execAsk();
                }
            }));
        }
    }

    @Test void lookalikesAreForReviewNotSameAs() {
        Set<String> found = sameAs();
        assertTrue(found.stream().noneMatch(l -> l.startsWith("https://w3id.org/ckg/id/org/china-railway\t")), found::toString);
        Candidate railway = new Candidate("e", EntityType.COMPANY, Set.of("China Railway"), Set.of());
        Candidate group = new Candidate("t", EntityType.COMPANY, Set.of("China Railway Group Limited"), Set.of());
        assertTrue(Linker.score(railway, group) < 0.95);
        Candidate place = new Candidate("p", EntityType.PLACE, Set.of("China"), Set.of());
        Candidate company = new Candidate("c", EntityType.COMPANY, Set.of("China"), Set.of());
        assertEquals(0.0, Linker.score(place, company));
    }
}
