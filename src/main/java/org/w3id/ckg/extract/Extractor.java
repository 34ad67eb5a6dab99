package org.w3id.ckg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.ckg.model.Document;
import org.w3id.ckg.model.Entity;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.model.Extraction;
import org.w3id.ckg.model.Mention;
import org.w3id.ckg.model.Observation;
import org.w3id.ckg.model.Period;
import org.w3id.ckg.model.Quantity;
import org.w3id.ckg.model.Relation;
import org.w3id.ckg.model.Sentence;

/**
 * The extraction pipeline for one document: sentences, mentions, resolution, relations and
 * figures. An extractor holds per-thread state (the OpenNLP tools); use one per thread.
 */
public final class Extractor {

    private static final Pattern QUALIFIER_POSSESSIVE = Pattern.compile("^['’]s\\s+\\p{Lu}");

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final MentionFinder mentions;
    private final QuantityFinder quantities;
    private final EntityResolver resolver;
    private final RelationExtractor relations;
    private final MetricExtractor metrics;
    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.mentions = new MentionFinder(lexicon);
        this.quantities = new QuantityFinder(lexicon);
        this.resolver = new EntityResolver(lexicon);
        this.relations = new RelationExtractor(lexicon);
        this.metrics = new MetricExtractor(lexicon);
    }

    public Extractor() { this(Lexicon.standard()); }

    public Extraction extract(Document doc) {
        List<Sentence> sentences = splitter.split(doc);
        List<List<Mention>> named = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> ms = new ArrayList<>(mentions.find(s));
            // "China's CITIC Group": the country only qualifies the name after it
            ms.removeIf(m -> m.type() == EntityType.PLACE && QUALIFIER_POSSESSIVE.matcher(s.text().substring(m.end() - s.begin())).find());
            named.add(ms);
        }
        Resolved r = resolver.resolve(sentences, named);
        List<Relation> rels = relations.extract(sentences, r);

        PeriodResolver periods = new PeriodResolver(doc.date(), doc.text(), lexicon.namedDays);
        String dollar = lexicon.dollarFor(doc.place().orElse(null));
        List<Observation> obs = new ArrayList<>();
        Entity contextSubject = r.main();
        for (Sentence s : sentences) {
            Period stated = periods.read(s);
            List<Quantity> qs = quantities.find(s, dollar);
            if (!qs.isEmpty()) obs.addAll(metrics.extract(s, qs, r, stated, periods, contextSubject, dollar));
            // what the next sentence's figures are about, if it names nothing: a company or unit, not a source
            for (Mention m : r.in(s)) {
                if (m.entity() != null && m.entity().type() == EntityType.COMPANY) { contextSubject = m.entity(); break; }
            }
        }
        obs = MetricExtractor.dedupe(obs);

        Map<String, Entity> merged = new LinkedHashMap<>();
        for (List<Mention> ms : r.mentions()) for (Mention m : ms) if (m.entity() != null) merge(merged, m.entity());
        for (Relation rel : rels) { merge(merged, rel.subject()); merge(merged, rel.object()); }
        for (Observation o : obs) merge(merged, o.organization());
        List<Relation> finalRels = rels.stream().map(x -> new Relation(merged.get(x.subject().iri()), x.type(), merged.get(x.object().iri()), x.evidence(), x.confidence())).toList();
        List<Observation> finalObs = obs.stream().map(o -> new Observation(merged.get(o.organization().iri()), o.metric(), o.quantity(), o.period(), o.evidence(), o.confidence())).toList();
        return new Extraction(doc, sentences, new LinkedHashSet<>(merged.values()), finalRels, finalObs);
    }

    private static void merge(Map<String, Entity> merged, Entity e) {
        Entity prior = merged.get(e.iri());
        if (prior == null) { merged.put(e.iri(), e); return; }
        Set<String> names = new LinkedHashSet<>(prior.altLabels());
        names.add(prior.label());
        names.addAll(e.altLabels());
        boolean eProper = Character.isUpperCase(e.label().charAt(0)), pProper = Character.isUpperCase(prior.label().charAt(0));
        String label = eProper != pProper ? (eProper ? e.label() : prior.label())
                : e.label().length() >= prior.label().length() ? e.label() : prior.label();
        names.add(e.label());
        names.remove(label);
        merged.put(e.iri(), new Entity(e.iri(), prior.type(), label, names));
    }
}
