package org.w3id.ckg.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Patterns built at run time from data (a cue phrase, a unit's field, a named day) are compiled
 * once and shared by all threads, instead of once per sentence.
 */
final class Regexes {
    private Regexes() {}

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    static Pattern of(String regex) { return CACHE.computeIfAbsent(regex, Pattern::compile); }

    /** Any of the phrases as whole words, longest first, in one pattern: one pass over a sentence instead of one a phrase. */
    static Pattern anyOf(java.util.List<String> phrases) {
        // keyed by the list itself: building the alternation (sorting, quoting, joining) costs more than matching it
        Pattern p = ANY_OF.get(phrases);
        if (p == null) {
            p = alternation(phrases);
            ANY_OF.putIfAbsent(java.util.List.copyOf(phrases), p);
        }
        return p;
    }

    private static final Map<java.util.List<String>, Pattern> ANY_OF = new ConcurrentHashMap<>();

    private static Pattern alternation(java.util.List<String> phrases) {
        return of("\\b(?:" + longestFirst(phrases) + ")\\b");
    }

    /**
     * The regex source of "any of these phrases, the longest that fits first", as a prefix tree:
     * {@code (?:m(?:ln|n|io)?|b(?:ln|n)?)} rather than {@code mln|mio|mn|bln|bn|m|b}. Java tries the
     * alternatives of a group one after another at every position it scans, so a flat list of a
     * hundred phrases costs a hundred tries a position; the tree costs one try per distinct first
     * character. At each node the longer continuations come before ending there, so among phrases
     * that fit at one position the longest is tried first and shorter ones on backtracking, as
     * with the flat list sorted longest first. Characters are compared as written: for a
     * case-insensitive pattern, give the phrases in one case (the lexicons are lower case).
     */
    static String longestFirst(java.util.Collection<String> phrases) {
        Node root = new Node();
        for (String p : phrases) {
            Node n = root;
            for (int i = 0; i < p.length(); i++) n = n.children.computeIfAbsent(p.charAt(i), c -> new Node());
            n.end = true;
        }
        StringBuilder out = new StringBuilder();
        root.write(out);
        return out.toString();
    }

    private static final class Node {
        final Map<Character, Node> children = new java.util.TreeMap<>();
        boolean end;

        void write(StringBuilder out) {
            if (children.isEmpty()) return;
            boolean group = children.size() > 1 || end;
            if (group) out.append("(?:");
            boolean first = true;
            for (var e : children.entrySet()) {
                if (!first) out.append('|');
                first = false;
                literal(e.getKey(), out);
                e.getValue().write(out);
            }
            if (group) out.append(end ? ")?" : ")");
        }

        private static void literal(char c, StringBuilder out) {
            if (Character.isLetterOrDigit(c) || c == ' ') out.append(c);
            else out.append(String.format("\\x{%x}", (int) c));
        }
    }
}
