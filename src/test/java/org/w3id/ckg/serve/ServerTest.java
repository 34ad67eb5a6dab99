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
import java.util.Base64;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.store.SeedDatabase;

/** A real Fuseki on a free port over a real TDB2 build, spoken to over HTTP. */
class ServerTest {

    @TempDir static Path dir;
    static FusekiServer readOnly, writable;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll static void start() {
        SeedDatabase.build(dir.resolve("db"));
        readOnly = CkgServer.create(dir.resolve("db"), 0, null).start();
    }

    @AfterAll static void stop() {
        if (readOnly != null) readOnly.stop();
        if (writable != null) writable.stop();
    }

    static HttpResponse<String> post(FusekiServer s, String path, String form, String auth, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + s.getHttpPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (accept != null) b.header("Accept", accept);
        if (auth != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String name, String value) { return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8); }

    @Test void sparqlOverHttpAnswersWithJson() throws Exception {
        HttpResponse<String> r = post(readOnly, "/ckg/sparql", q("query", """
                PREFIX ckg: <https://w3id.org/ckg/ontology#>
                SELECT ?org (COUNT(*) AS ?n) { ?o a ckg:MetricObservation ; ckg:organization ?org } GROUP BY ?org"""),
                null, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"bindings\""));
        assertTrue(r.body().contains("https://w3id.org/ckg/id/org/alibaba"), r.body());
    }

    @Test void readOnlyGraphStoreAndUi() throws Exception {
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + readOnly.getHttpPort() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"));
        String doc = URLEncoder.encode("https://w3id.org/ckg/doc/000_6e0b91575a28b314.txt", StandardCharsets.UTF_8);
        HttpResponse<String> g = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + readOnly.getHttpPort() + "/ckg/data?graph=" + doc))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("000_6e0b91575a28b314.txt"));
    }

    @Test void aRunawayQueryIsStoppedAndOthersAreStillAnswered() throws Exception {
        SeedDatabase.build(dir.resolve("db3"));
        FusekiServer limited = CkgServer.create(dir.resolve("db3"), new CkgServer.Options(0, null, null, "500,2000", false)).start();
        try {
            long t0 = System.nanoTime();
            var runaway = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return post(limited, "/ckg/sparql", q("query", "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), null, "text/csv");
                } catch (Exception e) {
                    return null;
                }
            });
            Thread.sleep(200);
            HttpResponse<String> other = post(limited, "/ckg/sparql", q("query", "ASK { ?s ?p ?o }"), null, "application/sparql-results+json");
            assertEquals(200, other.statusCode(), "another query is answered meanwhile");
            HttpResponse<String> r = runaway.get(60, java.util.concurrent.TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 20, "the runaway query was stopped after " + seconds + " s");
            assertTrue(r == null || r.statusCode() != 200 || r.body().length() < 500_000_000, "it did not run to its end");
            assertTrue(r == null || !r.body().contains("\tat org."), "no stack trace in the answer");
        } finally {
            limited.stop();
        }
    }

    @Test void noCorsUnlessAskedFor() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + readOnly.getHttpPort() + "/ckg/sparql?query=ASK%7B%7D"))
                .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS header by default");
    }

    @Test void noUpdateWithoutTheFlagAndNoneWithoutThePassword() throws Exception {
        int none = post(readOnly, "/ckg/update", q("update", "CLEAR ALL"), null, null).statusCode();
        assertTrue(none == 404 || none == 405, "no update endpoint on a read-only server: " + none);
        // a second server gets its own database: one Lucene index has one writer
        SeedDatabase.build(dir.resolve("db2"));
        writable = CkgServer.create(dir.resolve("db2"), 0, "s3cret").start();
        assertEquals(401, post(writable, "/ckg/update", q("update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"), null, null).statusCode());
        assertEquals(401, post(writable, "/ckg/update", q("update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"), "admin:wrong", null).statusCode());
        int ok = post(writable, "/ckg/update", q("update", "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"), "admin:s3cret", null).statusCode();
        assertTrue(ok == 200 || ok == 204, "status " + ok);
        HttpResponse<String> ask = post(writable, "/ckg/sparql", q("query", "ASK { <urn:a> <urn:b> <urn:c> }"), null, "application/sparql-results+json");
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test void answersAreCappedAtTheResultLimit() throws Exception {
        // the assembler's cap (100000) lowers a larger LIMIT and says so
        HttpResponse<String> big = post(readOnly, "/ckg/sparql", q("query", "SELECT * { ?s ?p ?o } LIMIT 5000000"), null, "text/csv");
        assertEquals(200, big.statusCode());
        assertEquals("100000", big.headers().firstValue(ResultLimit.HEADER).orElse(null), "the assembler's cap applies");
        SeedDatabase.build(dir.resolve("db4"));
        FusekiServer capped = CkgServer.create(dir.resolve("db4"), new CkgServer.Options(0, null, null, null, false, 7L, null)).start();
        try {
            HttpResponse<String> all = post(capped, "/ckg/sparql", q("query", "SELECT * { ?s ?p ?o }"), null, "text/csv");
            assertEquals(200, all.statusCode());
            assertEquals(1 + 7, all.body().strip().split("\r?\n").length, "a header line and 7 rows");
            assertEquals("7", all.headers().firstValue(ResultLimit.HEADER).orElse(null));
            HttpResponse<String> small = post(capped, "/ckg/sparql", q("query", "SELECT * { ?s ?p ?o } LIMIT 3"), null, "text/csv");
            assertEquals(1 + 3, small.body().strip().split("\r?\n").length, "a smaller LIMIT is kept");
            assertTrue(small.headers().firstValue(ResultLimit.HEADER).isEmpty(), "and not reported as capped");
            HttpResponse<String> graph = post(capped, "/ckg/sparql", q("query", "CONSTRUCT WHERE { ?s ?p ?o }"), null, "application/n-triples");
            assertEquals(7, graph.body().strip().split("\n").length, "a CONSTRUCT is capped too");
        } finally {
            capped.stop();
        }
    }

    @Test void requestBodiesOverTheLimitAreRefused() throws Exception {
        SeedDatabase.build(dir.resolve("db5"));
        FusekiServer strict = CkgServer.create(dir.resolve("db5"), new CkgServer.Options(0, null, null, null, false, null, 2000L)).start();
        try {
            String padding = "# " + "x".repeat(5000) + "\n";
            HttpResponse<String> declared = post(strict, "/ckg/sparql", q("query", padding + "ASK {}"), null, "application/sparql-results+json");
            assertEquals(413, declared.statusCode(), "a declared length over the limit");
            assertTrue(declared.body().contains("over 2000 bytes"), declared.body());
            // a chunked body declares no length: it is cut off while it is read
            byte[] body = (padding + "ASK {}").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + strict.getHttpPort() + "/ckg/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(chunked.statusCode() >= 400, "a chunked body over the limit is refused: " + chunked.statusCode());
            assertTrue(!chunked.body().contains("\tat org."), "no stack trace in the answer");
            HttpResponse<String> ok = post(strict, "/ckg/sparql", q("query", "ASK { ?s ?p ?o }"), null, "application/sparql-results+json");
            assertEquals(200, ok.statusCode(), "a small request is still answered");
        } finally {
            strict.stop();
        }
    }

    @Test void anExampleQueryForACompanyTheGraphLacksAnswersNoRows() throws Exception {
        // TDB2 6.0.0 failed such a join on empty input ("Peek iterator is already empty"); EmptyInputSafeExecutor answers it
        String customers = java.nio.file.Files.readString(Path.of(System.getProperty("ckg.home", ".")).resolve("queries/customers.rq"));
        assertTrue(customers.contains("\"Alibaba Cloud\""), "the example names a seed company");
        HttpResponse<String> known = post(readOnly, "/ckg/sparql", q("query", customers), null, "text/csv");
        assertEquals(200, known.statusCode(), known.body());
        assertTrue(known.body().lines().count() > 3, "the seed company has customers: " + known.body());
        HttpResponse<String> unknown = post(readOnly, "/ckg/sparql", q("query", customers.replace("\"Alibaba Cloud\"", "\"No Such Company Ltd\"")), null, "text/csv");
        assertEquals(200, unknown.statusCode(), unknown.body());
        assertEquals(1, unknown.body().strip().lines().count(), "a header and no rows: " + unknown.body());
    }
}
