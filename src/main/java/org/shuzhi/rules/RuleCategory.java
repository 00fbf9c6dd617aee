package org.shuzhi.rules;

/**
 * The group a rule belongs to (结构篇幅, 第一人称, 问题查摆, 整改措施, 档案比对 …), from the catalog, so that
 * LanguageTool clients, pages and exports group findings alike. {@code id} is A–Z and underscore and never
 * changes once shipped, as a rule's code; {@code name} is what users read.
 */
public record RuleCategory(String id, String name) {
    public RuleCategory {
        if (id == null || !id.matches("[A-Z][A-Z_]*")) throw new IllegalArgumentException("category id " + id);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("category " + id + " without a name");
    }
}
