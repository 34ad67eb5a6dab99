package org.w3id.ckg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) on the local database; the default graph is the union of all texts.")
public final class QueryCommand implements Callable<Integer> {

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The query text.") String text;
        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from a file.") Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") Source source;

    @Mixin DatabaseOption database;

    @Option(names = "--results", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String results;

    @Override public Integer call() throws IOException {
        Path dbDir = database.existing();
        String text = source.file != null ? Files.readString(source.file) : source.text;
        Query q = QueryFactory.create(text);
        try (Store store = Store.open(StoreConfig.forDatabase(dbDir))) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    if (q.isSelectType()) {
                        switch (results) {
                            case "csv" -> ResultSetFormatter.outputAsCSV(System.out, qe.execSelect());
                            case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, qe.execSelect());
                            case "json" -> ResultSetFormatter.outputAsJSON(System.out, qe.execSelect());
                            default -> ResultSetFormatter.out(System.out, qe.execSelect(), q);
                        }
                    } else if (q.isAskType()) {
                        boolean b = qe.execAsk();
                        if ("json".equals(results)) ResultSetFormatter.outputAsJSON(System.out, b); else System.out.println(b);
                    } else if (q.isConstructType()) {
                        RDFDataMgr.write(System.out, qe.execConstruct(), Lang.TURTLE);
                    } else if (q.isDescribeType()) {
                        RDFDataMgr.write(System.out, qe.execDescribe(), Lang.TURTLE);
                    }
                }
            });
        }
        return 0;
    }
}
