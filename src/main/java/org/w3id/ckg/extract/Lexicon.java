package org.w3id.ckg.extract;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ckg.ingest.DataFiles;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.model.Metric;
import org.w3id.ckg.vocab.CKG;

/**
 * Everything the extractor knows before it reads a text, loaded from the data files: the
 * gazetteer (organisations, places, their other names and demonyms), the words that cue names,
 * roles, relations and metrics, currencies and scales. Nothing here is written in Java; change
 * the files under {@code data/} and {@code ontology/} instead. Immutable once loaded, and
 * shared by all threads.
 */
public final class Lexicon {

    /** A gazetteer entry: the entity's IRI, type and preferred name. */
    public record Known(String iri, EntityType type, String label) {}

    public record NameCue(EntityType type, boolean designator) {}

    private static volatile Lexicon standard;

    final Map<String, Known> names = new HashMap<>();
    final Map<String, Known> demonyms = new HashMap<>();
    final Map<String, NameCue> nameCues = new HashMap<>();
    final Map<String, String> descriptors = new HashMap<>();
    final Map<String, Boolean> roles = new LinkedHashMap<>();
    final Set<String> commonWords = new HashSet<>();
    final Set<String> notNames = new HashSet<>();
    final Set<String> eventWords = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    final Map<String, MonthDay> namedDays = new LinkedHashMap<>();
    final List<String> notFacts = new ArrayList<>();
    final Map<String, Set<String>> wordClasses = new HashMap<>();
    final Map<String, List<String>> cues = new HashMap<>();
    final Map<String, String> currencySymbols = new HashMap<>();
    final Map<String, String> currencyWords = new HashMap<>();
    final Map<String, BigDecimal> scales = new HashMap<>();
    /** Words for currency hundredths ("cts") and the currency they divide. */
    final Map<String, String> subunits = new HashMap<>();
    final Map<String, BigDecimal> numberWords = new HashMap<>();
    /** The currency of a place (a country, or a city's country), by the place's name. */
    final Map<String, String> placeCurrency = new HashMap<>();
    /** Currencies called dollars, for a text whose dateline is in their country. */
    final Set<String> dollarCurrencies = new HashSet<>();
    final List<Metric> metrics = new ArrayList<>();
    int longestName;

    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (standard == null) standard = load();
                l = standard;
            }
        }
        return l;
    }

    private static Lexicon load() {
        Lexicon lx = new Lexicon();
        Model gazetteer = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        for (String f : List.of("external/countries.ttl", "external/cities.ttl", "gazetteer/regions.ttl", "gazetteer/organizations.ttl")) {
            gazetteer.add(DataFiles.rdf("data/" + f));
        }
        lx.addGazetteer(gazetteer);
        lx.addCurrencies(gazetteer);
        for (String[] row : tsv("lexicon/name-cues.tsv")) lx.nameCues.put(row[0], new NameCue(EntityType.fromClassName(row[1]), "yes".equals(row[2])));
        for (String[] row : tsv("lexicon/descriptors.tsv")) lx.descriptors.put(row[0], row[1]);
        for (String[] row : tsv("lexicon/roles.tsv")) lx.roles.put(row[0], "yes".equals(row[1]));
        lx.commonWords.addAll(DataFiles.lines("data/lexicon/common-words.txt"));
        lx.notNames.addAll(DataFiles.lines("data/lexicon/not-names.txt"));
        lx.eventWords.addAll(DataFiles.lines("data/lexicon/events.txt"));
        lx.givenNames.addAll(DataFiles.lines("data/lexicon/given-names.txt"));
        for (String[] row : tsv("lexicon/named-days.tsv")) lx.namedDays.put(row[0], MonthDay.parse("--" + row[1]));
        lx.notFacts.addAll(DataFiles.lines("data/lexicon/not-facts.txt"));
        for (String[] row : tsv("lexicon/word-classes.tsv")) lx.wordClasses.computeIfAbsent(row[0], k -> new java.util.LinkedHashSet<>()).add(row[1]);
        for (String[] row : tsv("lexicon/cues.tsv")) lx.cues.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        for (String[] row : tsv("lexicon/currencies.tsv")) {
            if (row[0].endsWith("/100")) {
                for (String form : row[1].split(",")) lx.subunits.put(form.strip(), row[0].substring(0, row[0].indexOf("/")));
                continue;
            }
            if (row[1].contains("dollars") && !row[0].equals("DOLLAR")) lx.dollarCurrencies.add(row[0]);
            for (String form : row[1].split(",")) {
                String f = form.strip();
                if (f.isEmpty()) continue;
                if (!f.matches("[a-z .]+")) {
                    lx.currencySymbols.put(f, row[0]);      // "$", "us$", "rs.": before the number
                } else {
                    lx.currencyWords.put(f, row[0]);        // "yuan", "dollars": after it
                    if (f.length() <= 4) lx.currencySymbols.put(f, row[0]); // "RMB 2,975", "USD 1.0"
                }
            }
        }
        for (String[] row : tsv("lexicon/scales.tsv")) {
            for (String w : row[1].split(",")) lx.scales.put(w.strip(), new BigDecimal(row[0]));
        }
        for (String[] row : tsv("lexicon/number-words.tsv")) lx.numberWords.put(row[0], new BigDecimal(row[1]));
        lx.loadMetrics(DataFiles.ontology());
        return lx;
    }

    private static List<String[]> tsv(String path) {
        return DataFiles.lines("data/" + path).stream().map(l -> l.split("\t")).toList();
    }

    private void addGazetteer(Model m) {
        m.listSubjectsWithProperty(RDFS.label).forEachRemaining(s -> {
            EntityType type = typeOf(s);
            if (type == null) return;
            String label = s.getProperty(RDFS.label).getString();
            Known k = new Known(s.getURI(), type, label);
            addName(label, k);
            s.listProperties(SKOS.altLabel).forEachRemaining(st -> addName(st.getString(), k));
            // "French" is France, not the French Southern Lands: the shortest name wins
            s.listProperties(CKG.demonym).forEachRemaining(st -> demonyms.merge(st.getString(), k,
                    (a, b) -> a.label().length() < b.label().length() || a.label().length() == b.label().length() && a.iri().compareTo(b.iri()) <= 0 ? a : b));
        });
    }

    private void addCurrencies(Model g) {
        Map<String, String> byCode = new HashMap<>();
        g.listSubjectsWithProperty(CKG.iso3166alpha2).forEachRemaining(c -> {
            if (c.hasProperty(CKG.currency)) byCode.put(c.getProperty(CKG.iso3166alpha2).getString(), c.getProperty(CKG.currency).getString());
        });
        g.listSubjectsWithProperty(RDFS.label).forEachRemaining(p -> {
            String code = p.hasProperty(CKG.iso3166alpha2) ? p.getProperty(CKG.iso3166alpha2).getString()
                    : p.hasProperty(CKG.countryCode) ? p.getProperty(CKG.countryCode).getString() : null;
            if (code != null && byCode.containsKey(code)) placeCurrency.putIfAbsent(p.getProperty(RDFS.label).getString().toLowerCase(java.util.Locale.ROOT), byCode.get(code));
        });
    }

    /** The dollar a text means by "dlrs" or "$": its dateline country's, when that is a dollar, else the US dollar. */
    public String dollarFor(String place) {
        if (place == null) return "USD";
        String c = placeCurrency.get(place.toLowerCase(java.util.Locale.ROOT));
        return c != null && dollarCurrencies.contains(c) ? c : "USD";
    }

    private void addName(String name, Known k) {
        Known prior = names.get(name);
        // one name, several entries: an organisation before a country, a country before a region, a region before a city
        if (prior == null || rank(k) > rank(prior) || rank(k) == rank(prior) && k.iri().compareTo(prior.iri()) < 0) names.put(name, k);
        longestName = Math.max(longestName, name.split("\\s+").length);
    }

    private int rank(Known k) {
        if (k.type() != EntityType.PLACE) return 3;
        return countries.contains(k.iri()) ? 2 : cities.contains(k.iri()) ? 0 : 1;
    }

    private final Set<String> countries = new HashSet<>();
    private final Set<String> cities = new HashSet<>();

    private EntityType typeOf(Resource s) {
        EntityType found = null;
        for (Statement st : s.listProperties(RDF.type).toList()) {
            RDFNode o = st.getObject();
            if (!o.isURIResource() || !o.asResource().getURI().startsWith(CKG.NS)) continue;
            String local = o.asResource().getLocalName();
            if (local.equals("Country")) countries.add(s.getURI());
            if (local.equals("City")) cities.add(s.getURI());
            try {
                found = EntityType.fromClassName(local);
            } catch (IllegalArgumentException notAnEntityType) {
                // ckg:Country, ckg:City, ckg:Region refine ckg:Place
            }
        }
        return found;
    }

    private void loadMetrics(Model onto) {
        onto.listSubjectsWithProperty(SKOS.inScheme, CKG.Metrics).forEachRemaining(c -> {
            Metric.Kind kind = Metric.Kind.valueOf(c.getPropertyResourceValue(CKG.unitKind).getLocalName().toUpperCase(Locale.ROOT));
            boolean pit = c.hasProperty(CKG.pointInTime) && c.getProperty(CKG.pointInTime).getBoolean();
            int trailing = c.hasProperty(CKG.trailingMonths) ? c.getProperty(CKG.trailingMonths).getInt() : 0;
            List<String> cueList = c.listProperties(CKG.cue).mapWith(Statement::getString)
                    .toList().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            metrics.add(new Metric(c.getURI(), c.getLocalName(), kind, pit, trailing, cueList));
        });
        metrics.sort(Comparator.comparing(Metric::name));
    }

    public List<Metric> metrics() { return metrics; }

    public Metric metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("metric missing from ontology/metrics.ttl: " + name));
    }

    public List<String> cues(String kind) { return cues.getOrDefault(kind, List.of()); }

    /** A class of data/lexicon/word-classes.tsv. */
    Set<String> words(String wordClass) {
        Set<String> w = wordClasses.get(wordClass);
        if (w == null) throw new IllegalStateException("no word class " + wordClass + " in data/lexicon/word-classes.tsv");
        return w;
    }
}
