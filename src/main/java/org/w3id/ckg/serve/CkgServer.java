package org.w3id.ckg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.servlets.ServletAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.LoggerFactory;
import java.net.URL;
import java.util.List;
import org.apache.jena.fuseki.server.Operation;
import org.w3id.ckg.store.StoreConfig;

/**
 * ckg's SPARQL server: an embedded Fuseki whose dataset is described by
 * {@code fuseki-config/ckg.ttl}, with the Fuseki UI at {@code /} and an entity reconciliation
 * API at {@code /reconcile}. Read-only unless updates are
 * asked for with a password, in which case {@code /ckg/update} and {@code /ckg/graph} need HTTP
 * basic authentication as user {@code admin}.
 */
public final class CkgServer {
    private CkgServer() {}

    public static final String DATASET = "ckg";
    public static final String ADMIN = "admin";

    /** Builds (without starting) a server on {@code port} (0 for any free port) over the database {@code db}. */
    /**
     * How to serve: port (0 for any free one), the password of user admin for updates (null: read-only),
     * the web base of the data's IRIs (null: this server's own address), a query timeout overriding the
     * assembler's ("10000,60000": milliseconds to the first result, to the last; null: keep it), and
     * whether browsers on other sites may call the server (CORS; off unless asked for), and caps on the
     * rows of an answer and the bytes of a request body (null: the assembler's {@code ckg:maxResultRows}
     * and {@code ckg:maxRequestBytes}).
     */
    public record Options(int port, String updatePassword, String base, String timeout, boolean cors, Long maxRows, Long maxBodyBytes) {
        public Options(int port, String updatePassword, String base, String timeout, boolean cors) {
            this(port, updatePassword, base, timeout, cors, null, null);
        }
        public static Options readOnly(int port) { return new Options(port, null, null, null, false); }
    }

    /** What a request body may weigh when the assembler does not say. */
    static final long DEFAULT_MAX_BODY = 16L << 20;

    public static FusekiServer create(Path db, int port, String updatePassword) {
        return create(db, new Options(port, updatePassword, null, null, false));
    }

    public static FusekiServer create(Path db, Options o) {
        int port = o.port();
        String updatePassword = o.updatePassword(), base = o.base();
        StoreConfig config = StoreConfig.forDatabase(db);
        org.w3id.ckg.store.TornJournal.repairIfCrashed(db, System.err);
        FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .fusekiModules(FusekiModules.empty())
                .parseConfig(config.model())
                .enablePing(true)
                .enableStats(true)
                .enableCors(o.cors(), null)
                .registerOperation(Operation.Query, new ResultLimit());
        long maxBody = o.maxBodyBytes() != null ? o.maxBodyBytes()
                : config.serviceSetting(BodyLimit.SETTING).map(Long::parseLong).orElse(DEFAULT_MAX_BODY);
        b.addFilter("/*", new BodyLimit(maxBody));
        // The Fuseki UI: its files ship in our jar (see pom.xml); it lists datasets from /$/server.
        URL ui = CkgServer.class.getResource("/webapp/index.html");
        if (ui != null) {
            String where = "file".equals(ui.getProtocol()) ? new java.io.File(java.net.URI.create(ui.toString())).getPath() : ui.toString();
            b.staticFileBase(where.substring(0, where.length() - "index.html".length()))
             .addServlet("/$/server", new ServletAction(new ActionServerStatus(), LoggerFactory.getLogger(CkgServer.class)));
        }
        // the reconciliation API reads the same dataset the SPARQL endpoints serve
        java.util.concurrent.atomic.AtomicReference<org.apache.jena.sparql.core.DatasetGraph> served = new java.util.concurrent.atomic.AtomicReference<>();
        b.addServlet("/reconcile", new ReconciliationServlet(served::get));
        LinkedDataServlet pages = new LinkedDataServlet(served::get, base);
        for (String path : List.of("/home", "/search", "/id/*", "/doc/*", "/obs/*", "/assertion/*", "/link/*")) b.addServlet(path, pages);
        if (updatePassword != null) {
            b.passwordFile(passwordFile(updatePassword).toString())
             .auth(AuthScheme.BASIC)
             .realm("ckg")
             .addEndpoint("/" + DATASET, "update", Operation.Update, Auth.policyAllowSpecific(ADMIN))
             .addEndpoint("/" + DATASET, "graph", Operation.GSP_RW, Auth.policyAllowSpecific(ADMIN));
        }
        FusekiServer server = b.build();
        DatasetGraph dsg = server.getDataAccessPointRegistry().get("/" + DATASET).getDataService().getDataset();
        org.w3id.ckg.store.EmptyInputSafeExecutor.install(dsg);
        if (o.timeout() != null) dsg.getContext().set(org.apache.jena.query.ARQ.queryTimeout, o.timeout());
        String maxRows = o.maxRows() != null ? o.maxRows().toString() : config.serviceSetting(ResultLimit.MAX_ROWS.getSymbol()).orElse(null);
        if (maxRows != null) dsg.getContext().set(ResultLimit.MAX_ROWS, maxRows);
        served.set(dsg);
        return server;
    }

    private static Path passwordFile(String password) {
        try {
            Path f = Files.createTempFile("ckg-passwd", ".txt", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(f, ADMIN + ": " + password + "\n");
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the password file", e);
        }
    }
}
