package org.w3id.ckg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.ckg.serve.CkgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the database with Apache Jena Fuseki: SPARQL at /ckg/sparql, read-only Graph Store at /ckg/data, the Fuseki UI at /.",
                "Builds the database from data/texts first when it does not exist yet."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin DatabaseOption database;

    @Option(names = "--base", paramLabel = "URL", description = "Web address the data's IRIs are served under in RDF answers (default: this server's own address).")
    String base;

    @Option(names = "--timeout", paramLabel = "MS[,MS]", description = "Query timeout in milliseconds (to the first result[, to the last]); default from fuseki-config/ckg.ttl (10000,60000).")
    String timeout;

    @Option(names = "--cors", description = "Let browsers on other sites call the server (CORS); off by default.")
    boolean cors;

    @Option(names = "--max-rows", paramLabel = "N", description = "At most N rows (solutions) in a query's answer; default from fuseki-config/ckg.ttl (100000).")
    Long maxRows;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Refuse request bodies over BYTES with 413; default from fuseki-config/ckg.ttl (16 MiB).")
    Long maxBody;

    @Option(names = "--update", description = "Also serve SPARQL Update at /ckg/update and read-write Graph Store at /ckg/graph (needs --password).")
    boolean update;

    @Option(names = "--password", paramLabel = "SECRET", description = "Password of user 'admin' for updates (or set CKG_PASSWORD).",
            defaultValue = "${env:CKG_PASSWORD}")
    String password;

    @Override public Integer call() throws Exception {
        if (update && (password == null || password.isBlank())) {
            throw new IllegalArgumentException("--update needs a password (--password or CKG_PASSWORD)");
        }
        Path dbDir = database.orDefault();
        if (!Files.isDirectory(dbDir) || isEmpty(dbDir)) {
            BuildCommand.build(Home.defaultTexts(), dbDir);
        }
        FusekiServer server = CkgServer.create(dbDir, new CkgServer.Options(port, update ? password : null, base, timeout, cors, maxRows, maxBody));
        server.start();
        System.err.printf("ckg: serving %s on http://localhost:%d/ (SPARQL: http://localhost:%d/ckg/sparql)%s%n",
                dbDir, server.getHttpPort(), server.getHttpPort(), update ? ", updates need user admin" : ", read-only");
        server.join();
        return 0;
    }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) { return s.findAny().isEmpty(); }
    }
}
