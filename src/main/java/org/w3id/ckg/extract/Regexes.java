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
        return of("\\b(?:" + phrases.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")\\b");
    }
}
