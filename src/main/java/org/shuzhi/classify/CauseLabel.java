package org.shuzhi.classify;

/**
 * What a clause of a cause analysis names: the secretary's (or the leadership's) own thinking, standards,
 * drive or conduct (subjective); a circumstance (objective: workload, staffing, money, weather, distance,
 * ageing members, the epidemic, superiors' tasks); or neither (a cause marker, a consequence, the problem
 * restated, what others think or do).
 */
public enum CauseLabel {
    SUBJECTIVE("subjective"),
    OBJECTIVE("objective"),
    OTHER("other");

    private final String id;

    CauseLabel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static CauseLabel of(String id) {
        for (CauseLabel l : values()) if (l.id.equals(id)) return l;
        throw new IllegalArgumentException("原因分句的标注应为 subjective、objective 或 other：" + id);
    }
}
