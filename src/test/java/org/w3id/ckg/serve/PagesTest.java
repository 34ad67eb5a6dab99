package org.w3id.ckg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.store.SeedDatabase;

/** Dereferenceable IRIs over real HTTP: the same IRI gives RDF to a machine and a page to a person. */
class PagesTest {

    @TempDir static Path dir;
    static org.apache.jena.fuseki.main.FusekiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll static void start() {
        SeedDatabase.build(dir.resolve("db"));
        server = CkgServer.create(dir.resolve("db"), 0, null).start();
    }

    @AfterAll static void stop() { if (server != null) server.stop(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test void anEntityIriGivesRdfThatAnotherParserReads() throws Exception {
        for (var f : List.of(new String[] {"text/turtle", "TURTLE"}, new String[] {"application/ld+json", "JSONLD"},
                new String[] {"application/n-triples", "NTRIPLES"}, new String[] {"application/rdf+xml", "RDFXML"})) {
            HttpResponse<String> r = get("/id/org/alibaba-cloud", f[0]);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), f[0]);
            Model m = ModelFactory.createDefaultModel();
            Lang lang = switch (f[1]) { case "JSONLD" -> Lang.JSONLD; case "NTRIPLES" -> Lang.NTRIPLES; case "RDFXML" -> Lang.RDFXML; default -> Lang.TURTLE; };
            RDFParser.create().source(new StringReader(r.body())).lang(lang).base("http://localhost/").parse(m);
            // the IRIs in the answer are where the server serves them: a client can follow each
            String self = "http://localhost:" + server.getHttpPort() + "/id/org/alibaba-cloud";
            assertTrue(m.contains(m.getResource(self), m.getProperty("https://w3id.org/ckg/ontology#hasCustomer")), f[0]);
            String customer = m.listObjectsOfProperty(m.getResource(self), m.getProperty("https://w3id.org/ckg/ontology#hasCustomer")).next().asResource().getURI();
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(customer)).header("Accept", f[0]).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertTrue(m.listStatements(null, m.getProperty("https://w3id.org/ckg/ontology#evidence"), (org.apache.jena.rdf.model.RDFNode) null).hasNext(),
                    "the provenance of the facts is in the description");
        }
    }

    @Test void theSameIriInABrowserIsAPage() throws Exception {
        HttpResponse<String> r = get("/id/org/alibaba-cloud", "text/html,application/xhtml+xml");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("<h1>Alibaba Cloud</h1>"));
        assertTrue(page.contains("<h2>Customers</h2>") && page.contains("Bank of Nanjing"), "customers are listed");
        assertTrue(page.contains("<svg") && page.contains("Revenue"), "a revenue chart is drawn");
        assertTrue(page.contains("href=\"/doc/"), "facts link to their sentences");
        assertFalse(page.contains("<script"), "no script");
    }

    @Test void aDocumentPageHighlightsTheSentencesOfItsFacts() throws Exception {
        String page = get("/doc/001_9e3679604e5b69cc.txt", "text/html").body();
        assertTrue(page.contains("<mark id=\"s"), page);
        assertTrue(page.contains("Customers include the Bank of Nanjing"));
        assertTrue(page.contains("hasCustomer"));
    }

    @Test void homeAndSearch() throws Exception {
        String home = get("/home", "text/html").body();
        assertTrue(home.contains("name=\"q\"") && home.contains("Company") && home.contains("open in the query UI"));
        String found = get("/search?q=Aliyun", "text/html").body();
        assertTrue(found.contains("href=\"/id/org/alibaba-cloud\""), found);
    }

    @Test void hostileInputIsEscapedAndHarmless() throws Exception {
        for (String q : List.of("\") } UNION { ?s ?p ?o } #", "<http://x> }\n{", "Aliyun\" . ?s ?p ?o", "*", "<script>alert(1)</script>")) {
            HttpResponse<String> r = get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html");
            assertEquals(200, r.statusCode(), q);
            assertFalse(r.body().contains("<script>alert"), "the query is escaped in the page");
            assertFalse(r.body().contains("Exception"), "no stack trace");
        }
        for (String path : List.of("/id/org/%3E%20%7D%20UNION%20%7B", "/id/org/x%0A%7D", "/doc/%22%3E%3Cscript%3E")) {
            HttpResponse<String> r = get(path, "text/html");
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " " + r.statusCode()); // Jetty refuses some paths itself
            assertFalse(r.body().contains("<script>"), path);
        }
    }
}
