package org.w3id.ckg.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.w3id.ckg.extract.Names;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.vocab.CKG;

/** An RDF dataset held in memory and indexed by the normalised keys of its names. */
public final class RdfFileTarget implements Target {

    private final String name;
    private final Map<String, List<Candidate>> index = new HashMap<>();
    private final List<Candidate> records = new ArrayList<>();

    public RdfFileTarget(String name, Model model, List<Property> labelProperties) {
        this.name = name;
        Map<Resource, Set<String>> labels = new HashMap<>();
        for (Property p : labelProperties) {
            model.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                if (st.getObject().isLiteral() && st.getSubject().isURIResource()) {
                    labels.computeIfAbsent(st.getSubject(), k -> new LinkedHashSet<>()).add(st.getString());
                }
            });
        }
        for (Map.Entry<Resource, Set<String>> e : labels.entrySet()) {
            Resource r = e.getKey();
            Set<String> parents = new LinkedHashSet<>();
            r.listProperties(CKG.parentOrganization).forEachRemaining(st -> {
                Set<String> pl = labels.get(st.getResource());
                if (pl != null) parents.addAll(pl);
            });
            Candidate c = new Candidate(r.getURI(), typeOf(r), e.getValue(), parents);
            records.add(c);
            for (String k : keys(c)) index.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
        }
    }

    public static RdfFileTarget load(Path file, List<Property> labelProperties) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, file.toString());
        return new RdfFileTarget(file.getFileName().toString(), m, labelProperties);
    }

    private static EntityType typeOf(Resource r) {
        for (var st : r.listProperties(RDF.type).toList()) {
            if (!st.getObject().isURIResource() || !st.getResource().getURI().startsWith(CKG.NS)) continue;
            String local = st.getResource().getLocalName();
            if (local.equals("Country") || local.equals("City") || local.equals("Region")) return EntityType.PLACE;
            try {
                return EntityType.fromClassName(local);
            } catch (IllegalArgumentException notAType) {
                // other ckg classes say nothing of the type
            }
        }
        return null;
    }

    /** The blocking keys of a candidate: the normalised forms of its names. Two candidates are compared only when they share one. */
    public static Set<String> keys(Candidate c) {
        Set<String> keys = new LinkedHashSet<>();
        for (String l : c.labels()) {
            String k = Names.key(l);
            if (!k.isEmpty()) keys.add(k);
        }
        return keys;
    }

    @Override public List<Candidate> block(Candidate entity) {
        Set<Candidate> out = new LinkedHashSet<>();
        for (String k : keys(entity)) out.addAll(index.getOrDefault(k, List.of()));
        return List.copyOf(out);
    }

    /** Every record of the dataset that has a name. */
    public List<Candidate> records() { return List.copyOf(records); }

    @Override public String name() { return name; }

}
