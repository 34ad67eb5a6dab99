package org.w3id.ckg.model;

import java.util.List;

/** A sentence: its position in the document, character offsets, text and tokens. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, boolean heading) {

    /** The sentence text from absolute document offset {@code from} to {@code to}. */
    public String slice(int from, int to) {
        return text.substring(Math.max(0, from - begin), Math.min(text.length(), to - begin));
    }
}
