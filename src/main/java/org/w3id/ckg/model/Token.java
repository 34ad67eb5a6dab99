package org.w3id.ckg.model;

/** A token with its character offsets in the document text. */
public record Token(String text, int begin, int end) {
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
