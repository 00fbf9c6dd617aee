package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit keys an archive holds, resolving a unit name to the key it files under (see {@link #resolve})
 * without walking the index's keys for every report: keys are grouped by level, and each carries a
 * signature of its characters so that {@link UnitKey#sameUnit} runs only on the few keys that could pass it.
 * Not thread-safe while being added to; share it only once filled.
 */
final class UnitKeys {
    /**
     * A key with the character signatures of its name (level stripped) and of that name's short form; each
     * also without its first character, which the abbreviation rule may drop (a leading 校 or 院).
     */
    private record Known(String key, long name, long nameTail, long shortName, long shortNameTail) {
        static Known of(String key, String level) {
            String name = key.substring(0, key.length() - level.length()), shortName = UnitKey.shortForm(name);
            return new Known(key, signature(name, 0), signature(name, 1), signature(shortName, 0), signature(shortName, 1));
        }

        /**
         * False only if the two cannot be one unit: an abbreviation is a subsequence of the longer name (perhaps
         * after dropping its first character), so all its remaining characters occur in the longer name.
         */
        boolean mayAbbreviate(Known o) {
            return within(nameTail, o.name) || within(o.nameTail, name)
                    || within(shortNameTail, o.shortName) || within(o.shortNameTail, shortName);
        }

        private static boolean within(long chars, long of) {
            return (chars & ~of) == 0;
        }
    }

    private final Set<String> keys = new HashSet<>();
    private final Map<String, List<Known>> byLevel = new HashMap<>();

    UnitKeys() {}

    /** A copy that can be added to without changing {@code other}. */
    UnitKeys(UnitKeys other) {
        keys.addAll(other.keys);
        other.byLevel.forEach((level, known) -> byLevel.put(level, new ArrayList<>(known)));
    }

    void add(String key) {
        if (!keys.add(key)) return;
        String level = UnitKey.level(key);
        if (level != null) byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(Known.of(key, level));
    }

    /**
     * The key a unit name files under: {@link UnitKey#of}, or the one key held that it abbreviates or spells
     * out ({@link UnitKey#sameUnit}); null for a blank name. An ambiguous abbreviation keeps the name's own
     * key rather than merge two units.
     */
    String resolve(String unit) {
        String key = UnitKey.of(unit);
        if (key == null || keys.contains(key)) return key;
        String level = UnitKey.level(key);
        // a key without a level word matches only itself
        if (level == null) return key;
        Known probe = Known.of(key, level);
        String match = null;
        for (Known k : byLevel.getOrDefault(level, List.of())) {
            if (!probe.mayAbbreviate(k) || !UnitKey.sameUnit(key, k.key())) continue;
            if (match != null) return key;
            match = k.key();
        }
        return match == null ? key : match;
    }

    /** The canonical levels of the keys held. */
    java.util.Set<String> levels() {
        return java.util.Collections.unmodifiableSet(byLevel.keySet());
    }

    /**
     * The keys held that a unit name as people say it stands for: its own key when held ({@link #resolve});
     * else every key whose unit has that own name, at any level ({@link UnitKey#ownName}: 城东小学 finds
     * 城东小学党支部 and, later upgraded, 城东小学党总支), or that the name abbreviates at some level held.
     * Empty when none is held (or the name is blank).
     */
    java.util.SortedSet<String> matching(String unit) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        String key = resolve(unit);
        if (key == null) return out;
        if (keys.contains(key)) {
            out.add(key);
            return out;
        }
        String own = UnitKey.ownName(key);
        for (String k : keys) if (own.equals(UnitKey.ownName(k))) out.add(k);
        for (String level : byLevel.keySet()) {
            String r = resolve(own + level);
            if (keys.contains(r)) out.add(r);
        }
        return out;
    }

    /** The characters of {@code s} from {@code from} on, each as one of 64 bits. */
    private static long signature(String s, int from) {
        long bits = 0;
        for (int i = from; i < s.length(); i++) bits |= 1L << ((s.charAt(i) * 0x9E3779B1) >>> 26);
        return bits;
    }
}
