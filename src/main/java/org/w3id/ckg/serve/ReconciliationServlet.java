package org.w3id.ckg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.ckg.link.Candidate;
import org.w3id.ckg.link.Linker;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.vocab.CKG;

/**
 * An entity reconciliation service (W3C Entity Reconciliation community group, API v0.2) over the
 * graph's entities, so that OpenRefine users can reconcile a spreadsheet column against ckg:
 * {@code GET /reconcile} is the manifest, {@code queries=} (GET or POST) a batch of queries. A
 * name is escaped for Lucene and bound as a literal of a parameterised query.
 */
public final class ReconciliationServlet extends HttpServlet {

    private final transient Supplier<DatasetGraph> dataset;

    public ReconciliationServlet(Supplier<DatasetGraph> dataset) { this.dataset = dataset; }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException { answer(req, resp); }

    @Override protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException { answer(req, resp); }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String queries = req.getParameter("queries");
        JsonValue out;
        try {
            out = queries == null ? manifest(req) : reconcile(JSON.parseAny(queries));
        } catch (RuntimeException e) {
            resp.setStatus(400);
            resp.setContentType("application/json");
            resp.getOutputStream().write(("{\"error\": \"queries must be a JSON object of queries\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Access-Control-Allow-Origin", "*"); // read-only; OpenRefine calls from the browser
        JSON.write(resp.getOutputStream(), out);
    }

    private JsonObject manifest(HttpServletRequest req) {
        JsonObject m = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        m.put("versions", versions);
        m.put("name", "ckg company knowledge graph");
        m.put("identifierSpace", CKG.DATA + "id/");
        m.put("schemaSpace", CKG.NS);
        JsonArray types = new JsonArray();
        for (EntityType t : EntityType.values()) types.add(type(t));
        m.put("defaultTypes", types);
        JsonObject view = new JsonObject();
        view.put("url", "{{id}}");
        m.put("view", view);
        return m;
    }

    private static JsonObject type(EntityType t) {
        JsonObject o = new JsonObject();
        o.put("id", CKG.NS + t.className());
        o.put("name", t.className());
        return o;
    }

    private JsonObject reconcile(JsonValue batch) {
        JsonObject out = new JsonObject();
        JsonObject queries = batch.getAsObject();
        for (String key : queries.keys()) {
            JsonObject q = queries.get(key).getAsObject();
            String text = q.get("query").getAsString().value();
            EntityType wanted = null;
            if (q.hasKey("type") && q.get("type").isString()) {
                String t = q.get("type").getAsString().value();
                wanted = EntityType.fromClassName(t.substring(t.lastIndexOf('#') + 1));
            }
            int limit = q.hasKey("limit") ? q.get("limit").getAsNumber().value().intValue() : 5;
            JsonObject res = new JsonObject();
            res.put("result", results(text, wanted, Math.max(1, Math.min(limit, 50))));
            out.put(key, res);
        }
        return out;
    }

    private JsonArray results(String text, EntityType wanted, int limit) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        Description d = new Description(dataset.get());
        for (Description.Row r : d.entities(d.search(text, 50))) {
            EntityType type;
            try {
                type = EntityType.fromClassName(r.str("t").substring(CKG.NS.length()));
            } catch (IllegalArgumentException notAType) {
                continue;
            }
            found.computeIfAbsent(r.str("e"), k -> new Candidate(k, type, new LinkedHashSet<>(), Set.of())).labels().add(r.str("l"));
        }
        Candidate asked = new Candidate("", wanted, Set.of(text), Set.of());
        List<Map.Entry<Candidate, Double>> scored = new ArrayList<>();
        for (Candidate c : found.values()) {
            if (wanted != null && c.type() != wanted) continue;
            scored.add(Map.entry(c, Linker.score(asked, c)));
        }
        scored.sort(Map.Entry.<Candidate, Double>comparingByValue(Comparator.reverseOrder()));
        JsonArray out = new JsonArray();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            Candidate c = scored.get(i).getKey();
            double score = scored.get(i).getValue();
            JsonObject o = new JsonObject();
            o.put("id", c.iri());
            o.put("name", c.labels().iterator().next());
            JsonArray types = new JsonArray();
            types.add(type(c.type()));
            o.put("type", types);
            o.put("score", org.apache.jena.atlas.json.JsonNumber.value(Math.round(score * 1000) / 10.0));
            boolean alone = scored.size() == 1 || scored.get(1).getValue() < score - 0.05;
            o.put("match", i == 0 && score >= 0.95 && alone);
            out.add(o);
        }
        return out;
    }
}
