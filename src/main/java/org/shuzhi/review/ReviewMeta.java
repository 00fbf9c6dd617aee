package org.shuzhi.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The {@code meta} of a review: unit, year and role as read from the report (or given), the secretary's
 * name (added to the contract in issue 13; null when the text does not say) and the profile applied.
 */
@JsonPropertyOrder({"unit", "year", "role", "name", "profile"})
public record ReviewMeta(String unit, Integer year, String role, String name, String profile) {
    /** Without a name: as before the name was read. */
    public ReviewMeta(String unit, Integer year, String role, String profile) {
        this(unit, year, role, null, profile);
    }
}
