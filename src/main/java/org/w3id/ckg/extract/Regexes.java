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
        return of("\\b(?:" + phrases.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")\\b");
    }
}
