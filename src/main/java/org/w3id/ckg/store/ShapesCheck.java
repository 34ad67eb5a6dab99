package org.w3id.ckg.store;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.ckg.ingest.DataFiles;

/** Validates the store (all text graphs together with the ontology) against {@code ontology/shapes.ttl}. */
public final class ShapesCheck {
    private ShapesCheck() {}

    public static Shapes shapes() { return Shapes.parse(DataFiles.rdf("ontology/shapes.ttl").getGraph()); }

    public static List<ReportEntry> validate(Store store) { return check(store).violations(); }

    /** How many quads the store holds, and what in their union breaks a shape. */
    public record Checked(long quads, List<ReportEntry> violations) {}

    /** Validates the union of the store's graphs; counting its quads on the way costs nothing more. */
    public static Checked check(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph data = GraphFactory.createDefaultGraph();
            long[] quads = {0};
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                data.add(q.asTriple());
                quads[0]++;
            });
            return new Checked(quads[0], validate(data));
        });
    }

    public static List<ReportEntry> validate(Graph data) {
        Model onto = DataFiles.ontology();
        onto.getGraph().find().forEachRemaining(data::add);
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        return List.copyOf(report.getEntries());
    }

    public static String describe(ReportEntry e) {
        return e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message();
    }
}
