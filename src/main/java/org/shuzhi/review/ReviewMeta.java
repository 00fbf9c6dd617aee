package org.shuzhi.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonPropertyOrder({"unit", "year", "role", "profile"})
public record ReviewMeta(String unit, Integer year, String role, String profile) {}
