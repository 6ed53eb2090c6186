package org.qualityguard.shared.clock;

/**
 * The periods the law says are not counted in a time limit (不计入期限): the clock stands still while one runs.
 * Each is legally distinct from a suspension (中止) though the arithmetic is the same: it is the law, not a decision,
 * that takes the period out.
 */
public enum Exclusion {
    /** 听证 */
    HEARING,
    /** 公示、公告 */
    PUBLIC_NOTICE,
    /** 检验、检测 */
    TESTING,
    /** 检查、勘验 */
    INSPECTION,
    /** 检疫 */
    QUARANTINE,
    /** 专家评审、技术鉴定 */
    EXPERT_EVALUATION
}
