package org.w3id.ckg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ckg.store.SeedDatabase;
import org.w3id.ckg.store.ShapesCheck;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;

/**
 * A server killed with SIGKILL while clients send authorised updates loses no update it had
 * acknowledged, keeps no update it was not sent, leaves the texts' graphs as they were, and
 * opens again: the database passes SHACL and a new server answers over it.
 */
class ServerCrashTest {

    @TempDir Path dir;
    static final Node GRAPH = NodeFactory.createURI("urn:ckg:test:updates");
    static final Node P = NodeFactory.createURI("urn:ckg:test:n");
    static final int CLIENTS = 4;

    @Test void acknowledgedUpdatesOutliveAKilledServer() throws Exception {
        Path db = dir.resolve("db");
        SeedDatabase.build(db);
        long textQuads = textQuads(db);
        // over both runs: the second server starts on what the first one left
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet(), sent = ConcurrentHashMap.newKeySet();
        for (long killAfter : List.of(1500L, 3500L)) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
            release(db);
            Process server = start(db, port, dir.resolve("server-" + killAfter + ".log"));
            int before = acknowledged.size();
            try {
                awaitPing(port, server, dir.resolve("server-" + killAfter + ".log"));
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    long base = killAfter * 1_000_000L + c * 100_000L;
                    clients.add(Thread.ofVirtual().start(() -> updateLoop(port, base, stop, sent, acknowledged)));
                }
                Thread.sleep(killAfter);
                server.destroyForcibly(); // SIGKILL, in the middle of the clients' updates
                server.waitFor(30, TimeUnit.SECONDS);
                stop.set(true);
                for (Thread t : clients) t.join(30_000);
            } finally {
                server.destroyForcibly();
            }
            assertTrue(acknowledged.size() > before, "updates were acknowledged before the kill");

            Set<Long> stored = storedValues(db);
            for (long v : acknowledged) assertTrue(stored.contains(v), "acknowledged update " + v + " is in the database");
            for (long v : stored) assertTrue(sent.contains(v), "stored value " + v + " was sent");
            assertTrue(stored.size() - acknowledged.size() <= CLIENTS * 2L, "at most the updates in flight are unacknowledged");
            assertEquals(textQuads, textQuads(db), "the texts' graphs are as they were");
            try (Store store = Store.open(StoreConfig.forDatabase(db))) {
                assertTrue(ShapesCheck.validate(store).isEmpty(), "the database passes SHACL");
            }
            var again = CkgServer.create(db, 0, null).start();
            var service = again.getDataAccessPointRegistry().get("/" + CkgServer.DATASET).getDataService();
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + again.getHttpPort()
                        + "/ckg/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH.getURI() + "> { ?s <" + P.getURI() + "> ?o } }", StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertEquals(stored.size(), Long.parseLong(r.body().strip().split("\\r?\\n")[1].strip()), "a new server answers over the killed database");
            } finally {
                again.stop();
                service.shutdown(); // its Lucene writer's lock
            }
        }
    }

    /** Lets another process open the database: this one's TDB2 keeps a location open (and locked) after a close. */
    private static void release(Path db) {
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(db.toString()), true);
    }

    private static Process start(Path db, int port, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Dckg.home=" + System.getProperty("ckg.home", "."), "org.w3id.ckg.cli.Main",
                "serve", "--db", db.toString(), "--port", Integer.toString(port), "--update", "--password", "s3cret");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitPing(int port, Process server, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            if (!server.isAlive()) throw new AssertionError("the server exited with " + server.exitValue() + ": " + java.nio.file.Files.readString(log));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the server did not start in 60 s");
    }

    /** One client: updates one after another, each a new value with a label, until stopped or refused. */
    private static void updateLoop(int port, long base, AtomicBoolean stop, Set<Long> sent, Set<Long> acknowledged) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
        for (long v = base; !stop.get(); v++) {
            String update = "INSERT DATA { GRAPH <" + GRAPH.getURI() + "> { <urn:ckg:test:e" + v + "> <" + P.getURI() + "> " + v
                    + " ; <http://www.w3.org/2000/01/rdf-schema#label> \"update " + v + "\" } }";
            sent.add(v);
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ckg/update"))
                        .header("Authorization", auth).header("Content-Type", "application/sparql-update")
                        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) acknowledged.add(v);
                else return;
            } catch (Exception killed) {
                return;
            }
        }
    }

    private static Set<Long> storedValues(Path db) {
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<Long> values = new java.util.HashSet<>();
                store.dataset().asDatasetGraph().find(GRAPH, Node.ANY, P, Node.ANY)
                        .forEachRemaining(q -> values.add(((Number) q.getObject().getLiteralValue()).longValue()));
                return values;
            });
        }
    }

    private static long textQuads(Path db) {
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/ckg/doc/')) }", store.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }
}
