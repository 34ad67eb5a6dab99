package org.w3id.ckg.model;

import java.math.BigDecimal;

/**
 * A number found in a sentence, normalised: value in base units, unit (ISO 4217 code,
 * {@code percent} or {@code count}), where it stands, and whether it is a change ("up 22
 * million"), a comparison ("vs 32 cts") or a rate ("per second", "per share") rather than a level.
 */
public record Quantity(BigDecimal value, String unit, int begin, int end, String surface, Role role) {

    /** COMPARED: a figure given for comparison ("vs 32 cts", "up from 181 mln dlrs"), of an earlier period. */
    public enum Role { LEVEL, CHANGE, PER_SHARE, PER_SECOND, COMPARED }

    public boolean isMoney() { return unit.length() == 3 && Character.isUpperCase(unit.charAt(0)); }

    public boolean isPercent() { return "percent".equals(unit); }

    public boolean isCount() { return "count".equals(unit); }
}
