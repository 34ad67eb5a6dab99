package org.w3id.ckg.extract;

import java.util.ArrayList;
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
import org.w3id.ckg.model.Relation;
import org.w3id.ckg.model.RelationType;
import org.w3id.ckg.model.Sentence;

/**
 * Finds the nine relations in resolved sentences, from the cue phrases of
 * {@code data/lexicon/cues.tsv}, the descriptor nouns of {@code descriptors.tsv} and the role
 * titles of {@code roles.tsv}: lists of customers, places of operation and data centres, products
 * unveiled, units in apposition ("its logistics business Cainiao"), chief executives,
 * acquisitions and stakes, investments and fines.
 */
public final class RelationExtractor {

    private static final Pattern CLAUSE_END = Pattern.compile(";|,\\s+while\\b|\\s+while\\s|(?<![\\s.]\\p{L})\\.\\s");
    private static final Pattern CONTROLLING = Pattern.compile("\\b(controlling|majority|full|entire|100%|remaining)\\b");
    private static final Pattern MINORITY = Pattern.compile("\\b(minority|(\\d{1,2}(\\.\\d+)?)\\s?(%|percent|per cent))\\s+stake");
    /** "Trade Assurance, a service through which…": what a name is, said right after it. */
    static final Pattern APPOSITIVE = Pattern.compile("^,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?([a-z]+)\\b");
    private static final Pattern UNIT_OF = Pattern.compile("^\\s+([a-z]+)\\s+of\\s+(?:the\\s+)?");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("['’]s?\\s+$");
    private static final Pattern DESCRIPTOR_BEFORE = Pattern.compile("(?:\\b(its|their|our|the)|'s?)\\s+(?:own\\s+)?(?:[\\p{L}-]+\\s+){0,4}?([a-z]+),?\\s*$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+([a-z]+)\\b");
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?:\\b(its|their|our|the)|'s?)\\s+$");
    private static final Pattern UNITS_WHICH_INCLUDE = Pattern.compile("\\b(its|their|our)\\s+(?:[\\p{L}-]+\\s+){0,4}?([a-z]+),?\\s*(?:which|that)\\s+include[sd]?\\b");
    private static final Pattern IN = Pattern.compile("\\bin\\b");
    private static final Pattern INVESTMENT = Pattern.compile("\\binvestment\\b");
    private static final Pattern SUPERLATIVE = Pattern.compile("largest|biggest|leading");
    private static final Pattern OWNED_GAP = Pattern.compile("\\s*(?:,\\s*(?:which|that|who)\\s+(?:is|are|was|were|has been|had been)\\s*|\\s*(?:is|are|was|were|,)\\s*)?");
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:be|been|being|was|were|is|are)\\s+(?:\\w+\\s+)?$");
    /** What may stand between "acquire" and the company acquired: articles, stakes, shares, percentages. */
    private static final Pattern DEAL_OBJECT = Pattern.compile(
            "(?:\\s|,|\\b(?:a|an|the|all|of|its|in|majority|controlling|minority|remaining|substantial|outstanding|common|stock|stake|interest|equity|shares?|or|and|pct|percent|per cent|mln|million|billion|one|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,.]*%?|about|approximately|some|rest)\\b)*");
    private static final Pattern ASSETS_AFTER = Pattern.compile("^['’]?s?\\s+(?:assets|operations|stores|plants?|units?|division|business|properties|portfolio)\\b");
    /** "bought 362,700 Wrather common shares", "bought 32,800 shares of Robeson": a purchase of shares, not of the company. */
    private static final Pattern SHARE_COUNT = Pattern.compile("^\\s*(?:about |approximately |some |another |an additional )?\\d[\\d,.]*\\s+(?:mln\\s+|million\\s+)?");
    private static final Pattern SHARES_AFTER = Pattern.compile("^['’]?s?\\s+(?:(?:common|preferred|ordinary|class [a-z])\\s+)?(?:shares|stock)\\b");
    private static final Pattern SHARES_OF = Pattern.compile("(?:(?:common|preferred|ordinary)\\s+)?(?:shares|stock)\\s+(?:of|in)\\s+(?:the\\s+)?$");
    private static final Pattern PERCENT_STAKE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(?:pct|percent|per cent|%)");

    private final Lexicon lx;
    /** The provider of the last customer list: a list that names none continues it. */
    private Entity provider;

    /** Patterns built from the cue phrases of the lexicon, once. */
    private final Pattern stakes, ownedBy, purchase;
    private final java.util.Set<String> recordCues;

    public RelationExtractor(Lexicon lexicon) {
        this.lx = lexicon;
        this.recordCues = lexicon.words("record-cue");
        stakes = Pattern.compile(Regexes.anyOf(lexicon.cues("owns")).pattern()
                + "\\s+(?:a |about |approximately |some |nearly |almost |more than |over )?(\\d+(?:\\.\\d+)?)\\s?(?:pct|percent|per cent|%)");
        ownedBy = Pattern.compile("\\b(principally |wholly |majority |mostly |partly |partially |jointly )?" + Regexes.anyOf(lexicon.cues("owned-by")).pattern());
        purchase = Pattern.compile(Regexes.anyOf(lexicon.cues("purchase")).pattern() + "\\s+((?:\\d[\\d,]*|[a-z]+)\\s+(?:more\\s+|new\\s+|used\\s+)?)");
    }

    List<Relation> extract(List<Sentence> sentences, Resolved r) {
        List<Relation> out = new ArrayList<>();
        for (Map.Entry<Entity, Resolved.Parent> e : r.parents().entrySet()) {
            add(out, e.getKey(), RelationType.SUBSIDIARY_OF, e.getValue().parent(), e.getValue().evidence(), 0.7);
        }
        Entity previousSubject = r.main();
        provider = r.topic();
        for (Sentence s : sentences) {
            if (s.heading()) continue;
            List<Mention> ms = r.in(s);
            Entity subject = firstOrg(ms, -1, Integer.MAX_VALUE);
            if (subject == null) subject = previousSubject;
            String lower = s.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            Set<Entity> customers = customers(s, ms, lower, provider, out);
            appositions(s, ms, r, out);
            places(s, ms, lower, "data-center", RelationType.DATA_CENTER_IN, subject, out);
            places(s, ms, lower, "operates", RelationType.OPERATES_IN, subject, out);
            products(s, ms, customers, subject, r.topic(), out);
            chiefExecutives(s, ms, lower, subject, r.main(), out);
            deals(s, ms, lower, out);
            Entity first = firstOrg(ms, -1, Integer.MAX_VALUE, Mention.Kind.NAME, Mention.Kind.REFERENCE);
            if (first != null) previousSubject = first;
        }
        return dedupe(out);
    }

    private Set<Entity> customers(Sentence s, List<Mention> ms, String lower, Entity subject, List<Relation> out) {
        // subject: who the text was about before this sentence, for lists with no provider named
        Set<Entity> found = new LinkedHashSet<>();
        for (String cue : lx.cues("customer-list")) {
            int at = lower.indexOf(cue);
            if (at < 0) continue;
            int from = s.begin() + at + cue.length(), to = s.begin() + clauseEnd(s, lower, at + cue.length());
            Entity who = providerBefore(ms, s.begin() + at + cue.length(), subject);
            for (Mention m : orgsIn(ms, from, to)) if (!m.entity().equals(who)) found.add(m.entity());
            for (Entity c : found) add(out, who, RelationType.HAS_CUSTOMER, c, s, 0.8);
            provider = who;
            return found;
        }
        for (String cue : lx.cues("customer-use")) {
            int at = lower.indexOf(cue);
            if (at < 0) continue;
            Entity who = subject;
            for (Mention m : ms) if (m.begin() >= s.begin() + at && m.entity() != null && m.entity().type().isOrganization()) { who = m.entity(); break; }
            for (Mention m : orgsIn(ms, s.begin(), s.begin() + at)) if (m.kind() == Mention.Kind.NAME && !m.entity().equals(who)) found.add(m.entity());
            for (Entity c : found) add(out, who, RelationType.HAS_CUSTOMER, c, s, 0.7);
            provider = who;
            return found;
        }
        for (String cue : lx.cues("customer-offer")) {
            Matcher m = Regexes.of("\\b" + Pattern.quote(cue) + "\\b.*?\\b(including|such as)\\b").matcher(lower);
            if (!m.find()) continue;
            Entity who = providerBefore(ms, s.begin() + m.start(), subject);
            for (Mention o : orgsIn(ms, s.begin() + m.end(), s.begin() + clauseEnd(s, lower, m.end()))) if (!o.entity().equals(who)) found.add(o.entity());
            for (Entity c : found) add(out, who, RelationType.HAS_CUSTOMER, c, s, 0.6);
            if (!found.isEmpty()) provider = who;
            return found;
        }
        return found;
    }

    /** "its logistics business Cainiao", "its online retail platform, Lazada", "the X-Dragon server", "its marketplaces, which included Tmall and Taobao". */
    private void appositions(Sentence s, List<Mention> ms, Resolved r, List<Relation> out) {
        String text = s.text().replace('’', '\'');
        for (Mention m : ms) {
            if (m.kind() != Mention.Kind.NAME || m.entity() == null) continue;
            String before = text.substring(0, m.begin() - s.begin());
            String after = text.substring(m.end() - s.begin());
            Matcher pre = DESCRIPTOR_BEFORE.matcher(before);
            Matcher post = WORD_AFTER.matcher(after);
            Matcher postOwner = OWNER_BEFORE.matcher(before);
            Matcher appositive = APPOSITIVE.matcher(after);
            Matcher unitOf = UNIT_OF.matcher(after);
            if (unitOf.find() && "unit".equals(lx.descriptors.get(unitOf.group(1)))) {
                Mention parent = firstOrgMention(ms, m.end() + unitOf.end(), m.end() + unitOf.end() + 3);
                if (parent != null && m.entity().type() == EntityType.COMPANY) { add(out, m.entity(), RelationType.SUBSIDIARY_OF, parent.entity(), s, 0.8); continue; }
            }
            Matcher poss = POSSESSIVE_BEFORE.matcher(before);
            if (poss.find() && m.entity().type() == EntityType.COMPANY) {
                Entity owner = orgEndingAt(ms, s.begin() + poss.start());
                if (owner != null && owner.type() == EntityType.COMPANY && !owner.equals(m.entity())) {
                    add(out, m.entity(), RelationType.SUBSIDIARY_OF, owner, s, 0.6);
                    continue;
                }
            }
            String kind = null;
            int ownerAt = -1;
            if (pre.find() && lx.descriptors.containsKey(pre.group(2))) { kind = lx.descriptors.get(pre.group(2)); ownerAt = pre.start(); }
            else if (post.find() && lx.descriptors.containsKey(post.group(1)) && postOwner.find()) { kind = lx.descriptors.get(post.group(1)); ownerAt = postOwner.start(); }
            if (kind == null && appositive.find() && "product".equals(lx.descriptors.get(appositive.group(1))) && m.entity().type() == EntityType.PRODUCT) {
                Entity maker = firstOrg(ms, -1, m.begin());
                if (maker != null) add(out, maker, RelationType.OFFERS_PRODUCT, m.entity(), s, 0.7);
                continue;
            }
            if (kind == null) continue;
            Entity owner = ownerAt >= 0 && text.startsWith("the", ownerAt) || ownerAt >= 0 && text.startsWith("The", ownerAt)
                    ? r.main() : ownerAt >= 0 && text.substring(ownerAt).startsWith("'") ? orgEndingAt(ms, s.begin() + ownerAt) : referenceAt(ms, s.begin() + ownerAt);
            if (owner == null) owner = r.main();
            if (owner == null || owner.equals(m.entity())) continue;
            if ("unit".equals(kind) && m.entity().type() == EntityType.COMPANY) add(out, m.entity(), RelationType.SUBSIDIARY_OF, owner, s, 0.8);
            boolean article = text.regionMatches(true, ownerAt, "the", 0, 3);
            if ("product".equals(kind) && m.entity().type() == EntityType.PRODUCT && !article) add(out, owner, RelationType.OFFERS_PRODUCT, m.entity(), s, 0.8);
        }
        // "its online marketplaces, which included Tmall and Taobao"
        Matcher list = UNITS_WHICH_INCLUDE.matcher(text.toLowerCase(Locale.ROOT));
        while (list.find()) {
            if (!"unit".equals(lx.descriptors.get(list.group(2)))) continue;
            Entity owner = referenceAt(ms, s.begin() + list.start());
            if (owner == null) owner = r.main();
            for (Mention m : orgsIn(ms, s.begin() + list.end(), s.begin() + clauseEnd(s, text.toLowerCase(Locale.ROOT), list.end()))) {
                if (m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.COMPANY && owner != null && !owner.equals(m.entity())) {
                    add(out, m.entity(), RelationType.SUBSIDIARY_OF, owner, s, 0.7);
                }
            }
        }
    }

    private void places(Sentence s, List<Mention> ms, String lower, String cueKind, RelationType type, Entity subject, List<Relation> out) {
        Matcher m = Regexes.anyOf(lx.cues(cueKind)).matcher(lower);
        if (m.find()) {
            int to = s.begin() + clauseEnd(s, lower, m.end());
            // "Monier is the largest … manufacturer in Australia": the one that is largest, in the places named after "in"
            boolean superlative = SUPERLATIVE.matcher(m.group()).matches();
            Entity who = superlative ? lastOrgBefore(ms, s.begin() + m.start()) : firstOrg(ms, -1, s.begin() + m.start());
            if (who == null) who = subject;
            for (Mention p : ms) {
                if (p.type() != EntityType.PLACE || p.begin() < s.begin() + m.end() || p.begin() >= to || who == null) continue;
                if (superlative && !IN.matcher(lower.substring(m.end(), p.begin() - s.begin())).find()) continue;
                add(out, who, type, p.entity(), s, 0.75);
            }
            return;
        }
    }

    private void products(Sentence s, List<Mention> ms, Set<Entity> customers, Entity subject, Entity topic, List<Relation> out) {
        for (Mention m : ms) {
            if (m.type() != EntityType.PRODUCT || m.kind() != Mention.Kind.NAME) continue;
            Entity provider = null;
            for (Mention o : ms) {
                if (o.begin() >= m.begin()) break;
                if (o.entity() != null && o.entity().type() == EntityType.COMPANY && !customers.contains(o.entity())) { provider = o.entity(); break; }
            }
            if (provider == null) provider = customers.isEmpty() ? subject : topic;
            if (provider != null) add(out, provider, RelationType.OFFERS_PRODUCT, m.entity(), s, 0.6);
        }
    }

    private void chiefExecutives(Sentence s, List<Mention> ms, String lower, Entity subject, Entity main, List<Relation> out) {
        for (Mention p : ms) {
            if (p.type() != EntityType.PERSON || p.kind() != Mention.Kind.NAME) continue;
            String before = lower.substring(0, p.begin() - s.begin()).stripTrailing();
            String after = lower.substring(p.end() - s.begin());
            Entity org = null;
            boolean ceo = false;
            for (Map.Entry<String, Boolean> role : lx.roles.entrySet()) {
                if (!role.getValue()) continue;
                if (before.endsWith(role.getKey())) {
                    ceo = true;
                    int at = s.begin() + before.length() - role.getKey().length();
                    org = orgEndingAt(ms, at - 1);
                    if (org == null) org = orgEndingAt(ms, at);
                    break;
                }
                Matcher m = Regexes.of("^,?\\s+(?:(?:will|would)\\s+(?:continue|remain|serve)\\s+as\\s+|(?:is|was|has been|had been)\\s+(?:named\\s+|elected\\s+|appointed\\s+)?)?(?:the\\s+)?(?:[a-z]+\\s+(?:and\\s+)?)?"
                        + Pattern.quote(role.getKey()) + "\\b(?:\\s+(?:of|at)\\s+(?:the\\s+)?)?").matcher(after);
                if (m.find()) {
                    ceo = true;
                    Entity o = firstOrg(ms, p.end() + m.end() - 1, p.end() + m.end() + 2);
                    if (o != null) org = o;
                    break;
                }
            }
            if (!ceo) continue;
            if (org == null) org = subject != null ? subject : main;
            if (org != null) add(out, p.entity(), RelationType.CEO_OF, org, s, 0.8);
        }
    }

    private void deals(Sentence s, List<Mention> ms, String lower, List<Relation> out) {
        Entity acquiredTarget = null;
        Matcher m = Regexes.anyOf(lx.cues("acquire")).matcher(lower);
        while (m.find()) {
            boolean passive = PASSIVE.matcher(lower.substring(0, m.start())).find();
            Mention target = firstOrgMention(ms, s.begin() + m.end(), s.begin() + clauseEnd(s, lower, m.end()));
            if (target == null) continue;
            String between = lower.substring(m.end(), target.begin() - s.begin());
            String after = lower.substring(target.end() - s.begin());
            // "acquire 20 pct of X", "acquired 650 video centers previously owned by X", "X's assets": no company changes hands
            if (!DEAL_OBJECT.matcher(between).matches() || ASSETS_AFTER.matcher(after).find()) continue;
            if (passive) continue; // "be acquired by a new company": the buyer is not named as a company
            Entity buyer = lastActorBefore(ms, s, lower, s.begin() + m.start());
            if (buyer == null || buyer.equals(target.entity())) continue;
            boolean counted = SHARE_COUNT.matcher(between).find();
            if (counted && (SHARES_AFTER.matcher(after).find() || SHARES_OF.matcher(between).find())) {
                add(out, buyer, RelationType.INVESTED_IN, target.entity(), s, 0.7);
                break;
            }
            Matcher pct = PERCENT_STAKE.matcher(between + " " + after.substring(0, Math.min(after.length(), 40)));
            boolean minority = MINORITY.matcher(between).find() || pct.find() && Double.parseDouble(pct.group(1)) < 50;
            if (minority) {
                add(out, buyer, RelationType.INVESTED_IN, target.entity(), s, 0.75);
            } else {
                add(out, buyer, RelationType.ACQUIRED, target.entity(), s, 0.8);
                if (!between.contains("stake") && !between.contains("interest") || CONTROLLING.matcher(between).find()) {
                    add(out, target.entity(), RelationType.SUBSIDIARY_OF, buyer, s, 0.7);
                }
            }
            acquiredTarget = target.entity();
            if (INVESTMENT.matcher(lower).find()) add(out, buyer, RelationType.INVESTED_IN, target.entity(), s, 0.6);
            break;
        }
        stakes(s, ms, lower, out);
        purchases(s, ms, lower, out);
        investments(s, ms, lower, acquiredTarget, out);
        fines(s, ms, lower, out);
    }

    private void investments(Sentence s, List<Mention> ms, String lower, Entity acquiredTarget, List<Relation> out) {
        Matcher m = Regexes.anyOf(lx.cues("invest")).matcher(lower);
        if (!m.find()) return;
        Entity investor = lastOrgBefore(ms, s.begin() + m.start());
        Mention target = firstOrgMention(ms, s.begin() + m.end(), s.begin() + clauseEnd(s, lower, m.end()));
        if (investor != null && target != null && !investor.equals(target.entity()) && !target.entity().equals(acquiredTarget)) {
            add(out, investor, RelationType.INVESTED_IN, target.entity(), s, 0.7);
        }
    }

    private void fines(Sentence s, List<Mention> ms, String lower, List<Relation> out) {
        Matcher m = Regexes.anyOf(lx.cues("fined")).matcher(lower);
        if (!m.find()) return;
        Mention body = firstOrgMention(ms, s.begin() + m.end(), s.begin() + m.end() + 40);
        Entity fined = firstOrg(ms, -1, s.begin() + m.start());
        if (body != null && fined != null && !fined.equals(body.entity())) add(out, fined, RelationType.FINED_BY, body.entity(), s, 0.75);
    }

    /** "GAF, which owns 19.9 pct of Borg-Warner", "Union Central … owns approximately 52.2 pct of Manhattan National", "owned by Brierley". */
    private void stakes(Sentence s, List<Mention> ms, String lower, List<Relation> out) {
        {
            Matcher m = stakes.matcher(lower);
            while (m.find()) {
                Mention target = firstOrgMention(ms, s.begin() + m.end(), s.begin() + m.end() + 60);
                Entity owner = lastOrgBefore(ms, s.begin() + m.start());
                if (target == null || owner == null || owner.equals(target.entity())) continue;
                String gap = lower.substring(m.end(), target.begin() - s.begin());
                if (!gap.matches("\\s*(?:of|in)\\s+(?:the\\s+)?(?:[\\d,.]+\\s+(?:mln\\s+)?)?(?:[a-z-]+\\s+){0,4}?")) continue;
                double pct = Double.parseDouble(m.group(1));
                if (pct > 50) add(out, target.entity(), RelationType.SUBSIDIARY_OF, owner, s, 0.75);
                else add(out, owner, RelationType.INVESTED_IN, target.entity(), s, 0.75);
            }
        }
        {
            Matcher m = ownedBy.matcher(lower);
            while (m.find()) {
                Mention owner = firstOrgMention(ms, s.begin() + m.end(), s.begin() + m.end() + 12);
                Mention ownedAt = lastOrgMentionBefore(ms, s.begin() + m.start());
                if (owner == null || ownedAt == null || owner.kind() != Mention.Kind.NAME) continue;
                // "Industrial Equity, which is principally owned by": the owned company stands right before
                if (!OWNED_GAP.matcher(lower.substring(ownedAt.end() - s.begin(), m.start())).matches()) continue;
                Entity owned = ownedAt.entity();
                if (owned.equals(owner.entity())) continue;
                boolean part = m.group(1) != null && (m.group(1).startsWith("part") || m.group(1).startsWith("joint"));
                if (part) add(out, owner.entity(), RelationType.INVESTED_IN, owned, s, 0.7);
                else add(out, owned, RelationType.SUBSIDIARY_OF, owner.entity(), s, 0.75);
            }
        }
    }

    /** "agreed to purchase six Boeing Co 767-300ER aircraft": the maker has the buyer as a customer. */
    private void purchases(Sentence s, List<Mention> ms, String lower, List<Relation> out) {
        {
            Matcher m = purchase.matcher(lower);
            if (!m.find() || !(Character.isDigit(m.group(1).charAt(0)) || lx.numberWords.containsKey(m.group(1).strip().split("\\s+")[0]))) return;
            Mention maker = firstOrgMention(ms, s.begin() + m.end(), s.begin() + m.end() + 3);
            // "bought 362,700 Initech common shares": shares of the company, not goods it makes
            if (maker != null && SHARES_AFTER.matcher(lower.substring(maker.end() - s.begin())).find()) return;
            Entity buyer = lastActorBefore(ms, s, lower, s.begin() + m.start());
            if (maker != null && buyer != null && maker.type() == EntityType.COMPANY) add(out, maker.entity(), RelationType.HAS_CUSTOMER, buyer, s, 0.7);
            return;
        }
    }

    private static int clauseEnd(Sentence s, String lower, int from) {
        Matcher m = CLAUSE_END.matcher(lower);
        return m.find(from) ? m.start() : lower.length();
    }

    private static List<Mention> orgsIn(List<Mention> ms, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.begin() >= from && m.begin() < to && m.entity() != null && m.entity().type().isOrganization() && m.kind() != Mention.Kind.REFERENCE) out.add(m);
        }
        return out;
    }

    private static Entity firstOrg(List<Mention> ms, int from, int to, Mention.Kind... kinds) {
        List<Mention.Kind> ok = kinds.length == 0 ? List.of(Mention.Kind.values()) : List.of(kinds);
        for (Mention m : ms) {
            if (m.begin() > from && m.begin() < to && m.entity() != null && m.entity().type().isOrganization() && ok.contains(m.kind())) return m.entity();
        }
        return null;
    }

    private static Mention firstOrgMention(List<Mention> ms, int from, int to) {
        for (Mention m : ms) {
            if (m.begin() >= from && m.begin() < to && m.entity() != null && m.entity().type().isOrganization()) return m;
        }
        return null;
    }

    private static Mention lastOrgMentionBefore(List<Mention> ms, int at) {
        Mention found = null;
        for (Mention m : ms) if (m.end() <= at && m.entity() != null && m.entity().type().isOrganization()) found = m;
        return found;
    }

    private static Entity lastOrgBefore(List<Mention> ms, int at) {
        Entity found = null;
        for (Mention m : ms) if (m.end() <= at && m.entity() != null && m.entity().type().isOrganization()) found = m.entity();
        return found;
    }

    /**
     * The last organisation before {@code at} that can act: not one named only as where something is
     * recorded or said ("in a filing with the Securities and Exchange Commission, the group said it bought …").
     */
    private Entity lastActorBefore(List<Mention> ms, Sentence s, String lower, int at) {
        // what is named as a place of record is none of the actors, under any name or reference ("it")
        java.util.Set<Entity> recorders = new java.util.HashSet<>();
        for (Mention m : ms) {
            if (m.entity() == null || m.kind() != Mention.Kind.NAME) continue;
            String ending = lower.substring(Math.max(0, m.begin() - s.begin() - 24), m.begin() - s.begin()).stripTrailing();
            if (recordCues.stream().anyMatch(ending::endsWith)) recorders.add(m.entity());
        }
        return lastOrgBefore(recorders.isEmpty() ? ms : ms.stream().filter(m -> !recorders.contains(m.entity())).toList(), at);
    }

    private static Entity orgEndingAt(List<Mention> ms, int at) {
        for (Mention m : ms) if (m.end() <= at + 1 && m.end() >= at - 3 && m.entity() != null && m.entity().type().isOrganization()) return m.entity();
        return null;
    }

    private static Entity referenceAt(List<Mention> ms, int at) {
        for (Mention m : ms) if (m.begin() <= at + 1 && m.end() > at && m.entity() != null) return m.entity();
        return null;
    }

    /** The provider a customer list belongs to: the unit or company named in the words just before the cue. */
    private static Entity providerBefore(List<Mention> ms, int at, Entity subject) {
        Entity found = null;
        for (Mention m : ms) {
            if (m.begin() < at && m.entity() != null && m.entity().type().isOrganization()) found = m.entity();
        }
        return found != null ? found : subject;
    }

    private static void add(List<Relation> out, Entity s, RelationType t, Entity o, Sentence evidence, double confidence) {
        if (s == null || o == null || s.iri().equals(o.iri())) return;
        out.add(new Relation(s, t, o, evidence, confidence));
    }

    private static List<Relation> dedupe(List<Relation> rs) {
        Set<String> seen = new LinkedHashSet<>();
        List<Relation> out = new ArrayList<>();
        for (Relation r : rs) if (seen.add(r.subject().iri() + " " + r.type() + " " + r.object().iri())) out.add(r);
        return out;
    }
}
