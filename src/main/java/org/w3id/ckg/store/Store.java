package org.w3id.ckg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * ckg's TDB2 store: one named graph per text. Replacing a text's graph happens in one write
 * transaction, so the store never holds half of a text's facts, and a second build of the same
 * text leaves the same triples.
 */
public final class Store implements AutoCloseable {

    private final Dataset dataset;

    private Store(Dataset dataset) { this.dataset = dataset; }

    public static Store open(StoreConfig config) { return new Store(config.open()); }

    public Dataset dataset() { return dataset; }

    /** Replaces several texts' graphs in one transaction: all of them or none. */
    public void replaceGraphs(java.util.Map<String, List<Quad>> graphs) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (var e : graphs.entrySet()) {
                dsg.deleteAny(NodeFactory.createURI(e.getKey()), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : e.getValue()) dsg.add(q);
            }
        });
    }

    public void replaceGraph(String graphIri, List<Quad> quads) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            for (Quad q : quads) dsg.add(q);
        });
    }

    public void replaceGraph(String graphIri, org.apache.jena.rdf.model.Model model) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            model.getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Override public void close() { dataset.close(); }
}
