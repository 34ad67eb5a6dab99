package org.w3id.ckg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Fuseki's query operation with a cap on the size of an answer: a SELECT, CONSTRUCT or DESCRIBE
 * without a LIMIT, or with a larger one, is given the cap as its LIMIT, and the answer says so in
 * the {@value #HEADER} header. One query cannot make the server write the whole graph out.
 * The cap is the service's {@code ckg:maxResultRows} in {@code fuseki-config/ckg.ttl}.
 */
final class ResultLimit extends SPARQL_QueryDataset {

    static final Symbol MAX_ROWS = Symbol.create("ckg:maxResultRows");
    static final String HEADER = "CKG-Result-Limit";

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        long max = maxRows(decided.getLeft().getContext());
        Query q = decided.getRight();
        if (max > 0 && !q.isAskType() && (!q.hasLimit() || q.getLimit() > max)) {
            q.setLimit(max);
            action.setResponseHeader(HEADER, Long.toString(max));
        }
        return decided;
    }

    /** Set on the served dataset's context by {@link CkgServer}, from the assembler or {@code --max-rows}. */
    private static long maxRows(Context c) {
        Object v = c == null ? null : c.get(MAX_ROWS);
        return v == null ? 0 : Long.parseLong(v.toString().strip());
    }
}
