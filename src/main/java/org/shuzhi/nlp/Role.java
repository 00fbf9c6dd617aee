package org.shuzhi.nlp;

/**
 * What a span of a paragraph is or does, as the role annotation settles it once for every rule
 * ({@link RoleAnnotator}). A mention of people carries a kind (SELF, COLLECTIVE, GROUP) and a function in
 * its clause (SUBJECT, SOURCE, OBJECT, MODIFIER, EMBEDDED); predicates carry FAULT, NEGATED or
 * CIRCUMSTANCE; QUOTED spans are immune: nothing inside them is annotated.
 */
public enum Role {
    /** The secretary: 我, 本人, 书记本人, or a reflexive (自己) that points back to no one else. */
    SELF,
    /** The team or the organisation as one: 班子, 党委, 支部, 我们, 我校, 社区党委, 分公司上下. */
    COLLECTIVE,
    /** Other people, or subordinate units: 部分党员, 个别支部书记, 物业公司, 网格员, 有人. */
    GROUP,
    /** The mention is its clause's subject: only modifiers stand between the clause's start and it. */
    SUBJECT,
    /** A subject whose predicate is a verb of saying (有的老党员说……): a source, not an actor. */
    SOURCE,
    /** The mention is an object: of 对/把/给/将, or of a verb (推动支部工作, 加强班子建设). */
    OBJECT,
    /** The mention qualifies the noun after it (支部工作, 部分支部活动): not the actor. */
    MODIFIER,
    /** The mention stands inside a larger phrase (after 的 or a particle): not the clause's subject. */
    EMBEDDED,
    /** A shortfall of conduct or attitude: lexicon deficiency (不够, 淡薄), or a negated predicate. */
    FAULT,
    /** A predicate that opens with a negation (不上心, 不参加, 不以为然). */
    NEGATED,
    /** A circumstance, not conduct: 年龄偏大, 行动不便, 无法参加, 没有工作单位, 年轻党员少, 任务重. */
    CIRCUMSTANCE,
    /** Inside quotation marks or title marks (“我和祖国共成长”, 《条例》): immune to every other role. */
    QUOTED
}
