package org.shuzhi.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The suggested pre-review outcome: 通过 / 修改后通过 / 退回修改, with reasons in the notices' terms. */
@JsonPropertyOrder({"outcome", "reasons"})
public record Verdict(String outcome, List<String> reasons) {
    public static final String PASS = "通过";
    public static final String REVISE = "修改后通过";
    public static final String RETURN = "退回修改";

    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
