package org.w3id.ckg.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Builds the label index of a store whose quads were loaded past it (by TDB2's bulk loader), the
 * way jena-text's {@code textindexer} does: every quad of an indexed property, as an entity of the
 * index's definition, then one commit.
 */
final class TextIndexing {
    private TextIndexing() {}

    /** Indexes the store's labels; returns how many entries were added. */
    static long indexAll(Store store) {
        if (!(store.dataset().asDatasetGraph() instanceof DatasetGraphText text)) return 0;
        TextIndex index = text.getTextIndex();
        EntityDefinition def = index.getDocDef();
        DatasetGraph base = text.getBase();
        long n = Txn.calculateRead(base, () -> {
            long added = 0;
            for (String field : def.fields()) {
                for (Node p : def.getPredicates(field)) {
                    for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                        Entity e = TextQueryFuncs.entityFromQuad(def, it.next());
                        if (e != null) { index.addEntity(e); added++; }
                    }
                }
            }
            return added;
        });
        index.commit();
        return n;
    }
}
