package org.w3id.ckg.store;

import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's executor, except that a pattern whose input is already empty answers nothing at once.
 * Jena 6.0.0's TDB2 executor peeks at the input of a pattern of two or more triples to reorder it,
 * and fails with "Peek iterator is already empty" when there is none (apache/jena#3751, fixed
 * after 6.0.0; 6.2.0 has no jena-text): so a query for a company the graph does not hold, such as
 * {@code queries/customers.rq} on another corpus, gave an error instead of no rows.
 */
public final class EmptyInputSafeExecutor extends OpExecutorTDB2 {

    static final OpExecutorFactory FACTORY = EmptyInputSafeExecutor::new;

    private EmptyInputSafeExecutor(ExecutionContext execCxt) { super(execCxt); }

    /** Makes the TDB2 database under {@code dsg} (a text dataset, a switchable one…) execute with this executor. */
    public static void install(DatasetGraph dsg) {
        // a wrapper (the text dataset) keeps a context of its own, which queries on it are run with
        for (DatasetGraph d = dsg; d != null; d = d instanceof DatasetGraphWrapper w ? w.getWrapped() : null) QC.setFactory(d.getContext(), FACTORY);
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb != null) QC.setFactory(tdb.getContext(), FACTORY);
    }

    @Override protected QueryIterator execute(OpBGP op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : peek;
    }

    @Override protected QueryIterator execute(OpQuadPattern op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : peek;
    }

    @Override protected QueryIterator execute(OpFilter op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : peek;
    }
}
