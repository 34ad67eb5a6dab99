package org.w3id.ckg.model;

import java.time.LocalDate;

/** The time a figure covers: [start, end], either of which may be unknown (null). */
public record Period(LocalDate start, LocalDate end) {
    public static final Period UNKNOWN = new Period(null, null);

    public boolean known() { return start != null || end != null; }

    public Period asInstant() { return end == null ? UNKNOWN : new Period(null, end); }
}
