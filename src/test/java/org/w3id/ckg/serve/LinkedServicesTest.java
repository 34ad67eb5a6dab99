package org.w3id.ckg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.ingest.DataFiles;
import org.w3id.ckg.store.SeedDatabase;

/**
 * ckg's server beside a second, plain Fuseki holding the company reference data, all on
 * loopback: a federated query joins the two, and the reconciliation API answers OpenRefine's
 * calls — with a hostile query string among them.
 */
class LinkedServicesTest {

    @TempDir static Path dir;
    static FusekiServer ckg, reference;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll static void start() {
        SeedDatabase.build(dir.resolve("db"));
        ckg = CkgServer.create(dir.resolve("db"), 0, null).start();
        reference = FusekiServer.create().port(0)
                .add("/ref", DatasetFactory.wrap(DataFiles.rdf("data/external/companies.ttl")), false).build().start();
    }

    @AfterAll static void stop() {
        if (ckg != null) ckg.stop();
        if (reference != null) reference.stop();
    }

    static String post(FusekiServer s, String path, String name, String value, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + s.getHttpPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (accept != null) b.header("Accept", accept);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test void aFederatedQueryJoinsTheGraphWithAnotherEndpoint() throws Exception {
        String query = """
                PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX ckg:  <https://w3id.org/ckg/ontology#>
                SELECT ?company ?referenceName WHERE {
                  GRAPH <https://w3id.org/ckg/links/companies> { ?company owl:sameAs ?wd }
                  SERVICE <http://localhost:%d/ref/sparql> { ?wd rdfs:label ?referenceName }
                }""".formatted(reference.getHttpPort());
        String body = post(ckg, "/ckg/sparql", "query", query, "application/sparql-results+json");
        assertTrue(body.contains("https://w3id.org/ckg/id/org/alibaba"), body);
        assertTrue(body.contains("Alibaba Group"), body);
    }

    @Test void reconciliationManifestAndQueries() throws Exception {
        HttpResponse<String> m = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ckg.getHttpPort() + "/reconcile")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject manifest = JSON.parse(m.body());
        assertTrue(manifest.get("versions").getAsArray().contains(new org.apache.jena.atlas.json.JsonString("0.2")));
        assertTrue(manifest.hasKey("identifierSpace") && manifest.hasKey("schemaSpace") && manifest.hasKey("defaultTypes"));

        JsonObject answers = JSON.parse(post(ckg, "/reconcile", "queries", """
                {"q0": {"query": "Aliyun"},
                 "q1": {"query": "Intel Corp", "type": "https://w3id.org/ckg/ontology#Company", "limit": 3},
                 "q2": {"query": "x\\") } UNION { ?s ?p ?o } #", "limit": 3},
                 "q3": {"query": "<http://evil> > \\n }"}}""", null));
        JsonArray aliyun = answers.get("q0").getAsObject().get("result").getAsArray();
        assertEquals("https://w3id.org/ckg/id/org/alibaba-cloud", aliyun.get(0).getAsObject().get("id").getAsString().value());
        assertTrue(aliyun.get(0).getAsObject().get("match").getAsBoolean().value());
        JsonArray intel = answers.get("q1").getAsObject().get("result").getAsArray();
        assertEquals("https://w3id.org/ckg/id/org/intel", intel.get(0).getAsObject().get("id").getAsString().value());
        // hostile strings are names to look for, nothing more: few, low-scored, never a match
        for (String q : List.of("q2", "q3")) {
            JsonArray r = answers.get(q).getAsObject().get("result").getAsArray();
            assertTrue(r.size() <= 3, r.toString());
            r.forEach(v -> assertTrue(!v.getAsObject().get("match").getAsBoolean().value(), r.toString()));
        }
    }
}
