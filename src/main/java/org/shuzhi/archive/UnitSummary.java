package org.shuzhi.archive;

import java.util.List;

/** A unit in the archive: its canonical key, the name it last reported under, and the years held. */
public record UnitSummary(String unitKey, String unit, List<Integer> years) {
    public UnitSummary {
        years = List.copyOf(years);
    }
}
