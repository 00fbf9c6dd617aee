package org.shuzhi.rules;

/** The requirements of one year's notice. (Grows with the rules: limits, shares, parts, topics.) */
public record Profile(String id, String name, String notice) {}
