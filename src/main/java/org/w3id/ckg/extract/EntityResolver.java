package org.w3id.ckg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ckg.model.Entity;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.model.Mention;
import org.w3id.ckg.model.Sentence;
import org.w3id.ckg.vocab.CKG;

/**
 * Gives every mention of a document its entity. Names that differ only by a legal-form word
 * ("Alibaba Group", "Alibaba") or that the gazetteer ties together ("Aliyun", "Alibaba Cloud")
 * share one entity and one IRI across all texts; a surname alone is the person named in full
 * before; an acronym in brackets is another name of what it follows. Business units that a text
 * names by what they do ("its cloud business", "the core commerce segment") become entities of
 * their own, named after their parent ("Alibaba Cloud"). References ("the company", "it", "its",
 * "we", "the unit") are resolved to the text's main company, the sentence's subject or the last
 * unit named.
 */
public final class EntityResolver {

    private static final String NOUN = "(business(?:es)?|segment|unit|division|arm|operations)";
    private static final Pattern UNIT_PHRASE = Pattern.compile(
            "(?:\\b((?i:its|our|the company's|the group's))|(?<=[\\p{L}.])'s?)\\s+(?:own\\s+)?(?:['‘\"“])?((?:[a-z][a-z&-]*\\s+){0,4}?[a-z][a-z&-]*)(?:['’\"”])?\\s+" + NOUN + "\\b(?!\\s+[\\p{Lu}])");
    private static final Pattern THE_UNIT = Pattern.compile("\\b(?i:the)\\s+((?:[a-z][a-z&-]*\\s+){0,3}?[a-z][a-z&-]*)\\s+(segment|division)\\b");
    /** "while digital media and entertainment saw a 30 percent increase": a unit named as a clause's subject. */
    private static final Pattern UNIT_SUBJECT = Pattern.compile(
            "(?:,\\s*while|;|\\bwhereas)\\s+([a-z][a-z &-]{3,50}?)\\s+(?:saw|posted|reported|recorded|grew|rose|climbed|jumped|fell|declined|increased|decreased)\\b");
    private static final Pattern BARE_UNIT = Pattern.compile("^(?:[\\p{L}]+\\s+){0,3}?([a-z][a-z-]*)\\s+business\\b");
    private static final Pattern UNIT_LIST = Pattern.compile(
            "\\b(?:buckets|segments|divisions|businesses|units)\\s+include\\s+|(?<=\\)),?\\s+and\\s+");
    private static final Pattern COMPANY_REF = Pattern.compile(
            "\\b([Tt]he company|[Tt]he group|[Tt]he firm|[Ww]e|[Oo]ur|us)\\b(?![$])|\\b[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,3}(giant|conglomerate|company|firm)\\b");
    private static final Pattern UNIT_REF = Pattern.compile("\\bthe\\s+(business unit|unit|segment|division|business)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(it|its)\\b", Pattern.CASE_INSENSITIVE);

    private final Lexicon lx;
    /** Words that describe a business rather than name a unit; words that may stand before a unit's field. */
    private final java.util.Set<String> notUnit, fieldModifiers;
    /** Names already put in normal form, for this document. */
    private final Map<String, String> keys = new HashMap<>();

    private String key(String name, Map<String, Lexicon.NameCue> cues) { return keys.computeIfAbsent(name, n -> Names.key(n, cues)); }

    public EntityResolver(Lexicon lexicon) {
        this.lx = lexicon;
        this.notUnit = lexicon.words("not-unit");
        this.fieldModifiers = lexicon.words("field-modifier");
    }

    Resolved resolve(List<Sentence> sentences, List<List<Mention>> named) {
        keys.clear();
        shortForms = shortForms(named);
        Map<String, Entity> byKey = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> surnames = new HashMap<>();
        List<List<Mention>> out = new ArrayList<>();
        // names first: entities and their keys
        for (int si = 0; si < sentences.size(); si++) {
            List<Mention> ms = named.get(si);
            List<Mention> resolved = new ArrayList<>();
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                String key = keyOf(m, surnames);
                Entity e = byKey.get(key);
                if (e == null) {
                    e = newEntity(m, key);
                    byKey.put(key, e);
                } else {
                    e = withName(e, m.surface());
                    byKey.put(key, e);
                }
                if (m.type() == EntityType.PERSON && m.surface().contains(" ")) {
                    surnames.put(m.surface().substring(m.surface().lastIndexOf(' ') + 1), key);
                }
                // "IOC (International Olympic Committee)", "Singapore Telecom (Singtel)": one entity
                if (k + 1 < ms.size() && sentences.get(si).slice(m.end(), ms.get(k + 1).begin()).strip().equals("(")) {
                    Mention alias = ms.get(++k);
                    byKey.put(keyOf(alias, surnames), e = withName(e, alias.surface()));
                    byKey.put(key, e);
                    resolved.add(m.withEntity(e));
                    resolved.add(alias.withEntity(e));
                    counts.merge(key, 1, Integer::sum);
                    continue;
                }
                counts.merge(key, 1, Integer::sum);
                resolved.add(m.withEntity(e));
            }
            out.add(resolved);
        }
        // entities carry every name: refresh mentions to the final entity objects
        for (List<Mention> ms : out) ms.replaceAll(m -> m.withEntity(byKey.values().stream()
                .filter(e -> e.iri().equals(m.entity().iri())).reduce((a, b) -> b).orElse(m.entity())));
        Entity main = byKey.entrySet().stream()
                .filter(e -> e.getValue().type() == EntityType.COMPANY)
                .max(Comparator.comparingInt((Map.Entry<String, Entity> e) -> counts.getOrDefault(e.getKey(), 0))
                        .thenComparing(e -> -indexOf(byKey, e.getKey())))
                .map(Map.Entry::getValue).orElse(null);

        Map<Entity, Resolved.Parent> parents = new LinkedHashMap<>();
        Map<String, Entity> units = new LinkedHashMap<>();
        Entity lastSubject = main, lastUnit = null, headingUnit = null;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = out.get(si);
            String text = s.text().replace('’', '\'');
            // business units named by what they do
            Matcher u = UNIT_PHRASE.matcher(text);
            while (u.find()) {
                String words = u.group(2).toLowerCase(Locale.ROOT);
                if (notUnit.contains(words) || notUnit.contains(words.split(" ")[0])) continue;
                Entity parent = u.group(1) != null ? (u.group(1).toLowerCase(Locale.ROOT).startsWith("it") ? pronoun(ms, s, s.begin() + u.start(), lastSubject) : main)
                        : ownerBefore(ms, s.begin() + u.start());
                // "the SEC's budget and operations": a government body has no business units, and a unit's name ends in no conjunction
                if (parent == null || parent.type() == EntityType.GOVERNMENT_BODY || words.matches(".*\\b(and|or)$")) continue;
                int begin = s.begin() + (u.group(1) != null ? u.start(1) : u.start(2));
                Entity unit = unit(parent, words, units, byKey);
                unit = withName(unit, words + " " + u.group(3).toLowerCase(Locale.ROOT));
                byKey.put(key(unit.label(), lx.nameCues), unit);
                parents.putIfAbsent(unit, new Resolved.Parent(parent, s));
                ms.add(new Mention(text.substring(u.start(2), u.end()), EntityType.COMPANY, begin, s.begin() + u.end(), si, unit, Mention.Kind.UNIT));
            }
            Matcher tu = THE_UNIT.matcher(text);
            while (tu.find() && main != null) {
                String words = tu.group(1).toLowerCase(Locale.ROOT);
                if (notUnit.contains(words.split(" ")[0])) continue;
                Entity unit = unit(main, words, units, byKey);
                parents.putIfAbsent(unit, new Resolved.Parent(main, s));
                ms.add(new Mention(tu.group(), EntityType.COMPANY, s.begin() + tu.start(), s.begin() + tu.end(), si, unit, Mention.Kind.UNIT));
            }
            Matcher us = UNIT_SUBJECT.matcher(text);
            while (us.find() && main != null) {
                String words = us.group(1).toLowerCase(Locale.ROOT);
                if (notUnit.contains(words.split(" ")[0]) || namesAFigure(words)) continue;
                Entity unit = unit(main, words, units, byKey);
                parents.putIfAbsent(unit, new Resolved.Parent(main, s));
                ms.add(new Mention(us.group(1), EntityType.COMPANY, s.begin() + us.start(1), s.begin() + us.end(1), si, unit, Mention.Kind.UNIT));
            }
            if (s.heading() && main != null) {
                Matcher b = BARE_UNIT.matcher(text.replaceAll("^[\\p{Lu}][\\p{L}]*\\s+\\p{Lu}+\\s+says\\s+", ""));
                if (b.find()) {
                    headingUnit = unit(main, b.group(1).toLowerCase(Locale.ROOT), units, byKey);
                    units.putIfAbsent(b.group(1).toLowerCase(Locale.ROOT), headingUnit);
                }
            }
            listedUnits(s, ms, main, units, byKey, parents);
            // a unit's field before a figure's noun ("cloud revenues", "cloud computing revenues") speaks of it
            for (Map.Entry<String, Entity> e : units.entrySet()) {
                Matcher f = Regexes.of("\\b" + Pattern.quote(e.getKey()) + "(?:\\s+[a-z]+)?\\s+(revenues?|sales|customers|clientele|clients|services?|computing|operations)\\b").matcher(text.toLowerCase(Locale.ROOT));
                while (f.find()) {
                    int b = s.begin() + f.start();
                    if (ms.stream().anyMatch(m -> m.overlaps(b, s.begin() + f.end()))) continue;
                    ms.add(new Mention(f.group(), EntityType.COMPANY, b, s.begin() + f.end(), si, e.getValue(), Mention.Kind.UNIT));
                }
            }
            // references
            Matcher c = COMPANY_REF.matcher(text);
            while (c.find()) {
                int b = s.begin() + c.start();
                if (main == null || ms.stream().anyMatch(m -> m.overlaps(b, s.begin() + c.end()))) continue;
                ms.add(new Mention(c.group(), EntityType.COMPANY, b, s.begin() + c.end(), si, main, Mention.Kind.REFERENCE));
            }
            Matcher ur = UNIT_REF.matcher(text);
            while (ur.find()) {
                int b = s.begin() + ur.start();
                Entity target = lastUnit != null ? lastUnit : units.values().stream().findFirst().orElse(null);
                if (target == null || ms.stream().anyMatch(m -> m.overlaps(b, s.begin() + ur.end()))) continue;
                ms.add(new Mention(ur.group(), EntityType.COMPANY, b, s.begin() + ur.end(), si, target, Mention.Kind.REFERENCE));
            }
            ms.sort(Comparator.comparingInt(Mention::begin));
            // in order, so that a second "its" agrees with the first
            Matcher p = PRONOUN.matcher(text);
            while (p.find()) {
                int b = s.begin() + p.start();
                if (ms.stream().anyMatch(m -> m.overlaps(b, s.begin() + p.end()))) continue;
                Entity e = pronoun(ms, s, b, lastSubject);
                if (e != null) ms.add(new Mention(p.group(), e.type(), b, s.begin() + p.end(), si, e, Mention.Kind.REFERENCE));
                ms.sort(Comparator.comparingInt(Mention::begin));
            }
            for (Mention m : ms) {
                if (m.kind() != Mention.Kind.UNIT && m.entity() != null && m.entity().type().isOrganization()) { lastSubject = m.entity(); break; }
            }
            for (Mention m : ms) if (m.kind() == Mention.Kind.UNIT) lastUnit = m.entity();
        }
        // a company named as its parent's name and more ("Alibaba Cloud") belongs to it
        for (Entity e : byKey.values()) {
            if (e.type() != EntityType.COMPANY || parents.containsKey(e)) continue;
            for (Entity p : byKey.values()) {
                if (p == e || p.type() != EntityType.COMPANY) continue;
                String pk = key(p.label(), lx.nameCues);
                String ek = key(e.label(), lx.nameCues);
                if (ek.startsWith(pk + " ") && !pk.contains(" ") && pk.length() >= 3) {
                    Sentence evidence = firstSentence(out, sentences, e);
                    if (evidence != null) parents.put(e, new Resolved.Parent(p, evidence));
                }
            }
        }
        Entity topic = headingUnit != null ? headingUnit : main;
        return new Resolved(out, main, topic, parents);
    }

    /** Lists of units each followed by its figure in brackets: "buckets include digital media (£551m) and 'innovation' (£102.5m)". */
    private void listedUnits(Sentence s, List<Mention> ms, Entity main, Map<String, Entity> units, Map<String, Entity> byKey,
                             Map<Entity, Resolved.Parent> parents) {
        if (main == null) return;
        String text = s.text().replace('’', '\'').replace('‘', '\'');
        Matcher m = UNIT_LIST.matcher(text);
        while (m.find()) {
            int open = text.indexOf('(', m.end());
            if (open < 0) return;
            String item = text.substring(m.end(), open).strip();
            Matcher q = Regexes.of("'([^']+)'").matcher(item);
            String words = q.find() ? q.group(1) : item.replaceAll("^(the\\s+)", "");
            if (!words.matches("[a-z][a-z &-]{2,60}")) continue;
            int at = text.indexOf(words, m.end());
            Entity unit = unit(main, words, units, byKey);
            parents.putIfAbsent(unit, new Resolved.Parent(main, s));
            ms.add(new Mention(words, EntityType.COMPANY, s.begin() + at, s.begin() + at + words.length(), s.index(), unit, Mention.Kind.UNIT));
        }
    }

    /** "revenue", "annual active users": words that name a figure, not a unit. */
    private boolean namesAFigure(String words) {
        for (org.w3id.ckg.model.Metric m : lx.metrics()) {
            for (String cue : m.cues()) if (cue.length() > 3 && (" " + words + " ").contains(" " + cue + " ")) return true;
        }
        return false;
    }

    private Entity unit(Entity parent, String words, Map<String, Entity> units, Map<String, Entity> byKey) {
        String field = words.replaceAll("\\s+(business(?:es)?|segment|unit|division)$", "");
        String parentName = shortName(parent);
        String label = parentName + " " + Names.titleCase(field);
        String key = key(label, lx.nameCues);
        Entity e = byKey.get(key);
        if (e == null) {
            Lexicon.Known known = lx.names.get(label);
            e = known != null ? new Entity(known.iri(), known.type(), known.label(), new LinkedHashSet<>(Set.of(label)))
                    : new Entity(CKG.DATA + "id/org/" + Names.slug(key), EntityType.COMPANY, label, new LinkedHashSet<>());
        }
        e = withName(e, field);
        if (!words.equals(field)) e = withName(e, words);
        byKey.put(key, e);
        String first = field.split(" ")[0];
        units.putIfAbsent(field, e);
        if (field.contains(" ") && !units.containsKey(first) && !fieldModifiers.contains(first)) units.putIfAbsent(first, e);
        return e;
    }

    private String shortName(Entity e) {
        String k = key(e.label(), lx.nameCues);
        for (String n : names(e)) if (key(n, lx.nameCues).equals(k) && n.length() == k.length()) return n;
        String label = e.label();
        String[] w = label.split("\\s+");
        int end = w.length;
        while (end > 1 && lx.nameCues.containsKey(w[end - 1]) && lx.nameCues.get(w[end - 1]).designator()) end--;
        return String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    private static List<String> names(Entity e) {
        List<String> n = new ArrayList<>(e.altLabels());
        n.add(0, e.label());
        return n;
    }

    /** "it"/"its": the sentence's subject when it comes before, else the last sentence's subject. */
    private static Entity pronoun(List<Mention> ms, Sentence s, int at, Entity lastSubject) {
        for (Mention m : ms) {
            if (m.begin() >= at) break;
            if (m.entity() != null && m.entity().type().isOrganization() && m.kind() != Mention.Kind.UNIT) return m.entity();
        }
        return lastSubject;
    }

    /** The possessor of "X's cloud business": the organisation whose name ends right before. */
    private static Entity ownerBefore(List<Mention> ms, int at) {
        for (Mention m : ms) {
            if (m.end() <= at && at - m.end() <= 2 && m.entity() != null && m.entity().type().isOrganization()) return m.entity();
        }
        return null;
    }

    /** Single-word names that a text uses for a longer name it gives ("Pioneer" for "Pioneer Sugar Mills Ltd"). */
    private Map<String, String> shortForms = Map.of();

    private Map<String, String> shortForms(List<List<Mention>> named) {
        Map<String, String> longest = new HashMap<>();
        Set<String> fullNames = new java.util.HashSet<>(); // "Fidelcor Inc": "Fidelcor" is its own name here
        for (List<Mention> ms : named) {
            for (Mention m : ms) {
                if (!m.type().isOrganization()) continue;
                String key = key(m.surface(), lx.nameCues);
                if (m.surface().contains(" ") && !key.contains(" ")) fullNames.add(key);
                if (!key.contains(" ") || lx.names.containsKey(m.surface())) continue;
                String first = key.substring(0, key.indexOf(' '));
                // of several longer names, the shortest is the one a short form stands for
                longest.merge(first, key, (a, b) -> a.length() <= b.length() ? a : b);
            }
        }
        longest.keySet().removeAll(fullNames);
        return longest;
    }

    private String keyOf(Mention m, Map<String, String> surnames) {
        if (m.type() == EntityType.PERSON && !m.surface().contains(" ") && surnames.containsKey(m.surface())) return surnames.get(m.surface());
        Lexicon.Known k = lx.names.get(m.surface());
        if (k != null) return k.iri();
        if (m.type() != EntityType.PERSON && surnames.containsKey(m.surface())) return surnames.get(m.surface());
        String prefix = switch (m.type()) {
            case PERSON -> "person/";
            case PLACE -> "place/";
            case PRODUCT -> "product/";
            default -> "org/";
        };
        String key = key(m.surface(), lx.nameCues);
        if (m.type().isOrganization() && !m.surface().contains(" ") && shortForms.containsKey(key)) key = shortForms.get(key);
        return prefix + key;
    }

    private Entity newEntity(Mention m, String key) {
        Lexicon.Known k = lx.names.get(m.surface());
        if (k != null) {
            Set<String> alt = new LinkedHashSet<>();
            if (!m.surface().equals(k.label())) alt.add(m.surface());
            return new Entity(k.iri(), k.type(), k.label(), alt);
        }
        String iri = key.startsWith("http") ? key : CKG.DATA + "id/" + key.substring(0, key.indexOf('/') + 1) + Names.slug(key.substring(key.indexOf('/') + 1));
        return new Entity(iri, m.type(), m.surface(), new LinkedHashSet<>());
    }

    /** The entity with one more name; the longest name seen is the preferred one, unless the gazetteer gave it. */
    private Entity withName(Entity e, String name) {
        if (name.equals(e.label()) || e.altLabels().contains(name)) return e;
        Set<String> alt = new LinkedHashSet<>(e.altLabels());
        boolean gazetteer = lx.names.containsKey(e.label()) && lx.names.get(e.label()).iri().equals(e.iri());
        boolean properLabel = Character.isUpperCase(e.label().charAt(0)), properName = Character.isUpperCase(name.charAt(0));
        if (!gazetteer && e.type() != EntityType.PERSON && (properName && !properLabel || properName == properLabel && name.length() > e.label().length())) {
            alt.add(e.label());
            return new Entity(e.iri(), e.type(), name, alt);
        }
        alt.add(name);
        return new Entity(e.iri(), e.type(), e.label(), alt);
    }

    private static int indexOf(Map<String, Entity> m, String key) {
        int i = 0;
        for (String k : m.keySet()) { if (k.equals(key)) return i; i++; }
        return i;
    }

    private static Sentence firstSentence(List<List<Mention>> out, List<Sentence> sentences, Entity e) {
        for (int i = 0; i < out.size(); i++) for (Mention m : out.get(i)) if (m.entity() != null && m.entity().iri().equals(e.iri())) return sentences.get(i);
        return null;
    }
}
