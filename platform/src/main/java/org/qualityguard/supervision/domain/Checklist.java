package org.qualityguard.supervision.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The items an inspection checks, by regime: code → what is checked. A finding names the item it concerns. */
public final class Checklist {

    private static final Map<String, String> FOOD = new LinkedHashMap<>();
    private static final Map<String, String> EQUIPMENT = new LinkedHashMap<>();

    static {
        FOOD.put("F01", "生产者资质（许可证有效、与生产范围一致）");
        FOOD.put("F02", "生产环境条件");
        FOOD.put("F03", "进货查验结果（原辅料、食品添加剂）");
        FOOD.put("F04", "生产过程控制（关键控制点、添加剂使用）");
        FOOD.put("F05", "产品检验结果（出厂检验、留样）");
        FOOD.put("F06", "贮存及交付控制");
        FOOD.put("F07", "不合格品管理和召回");
        FOOD.put("F08", "标签标识");
        FOOD.put("F09", "食品安全管理制度与人员");
        EQUIPMENT.put("S01", "使用登记与定期检验（在有效期内）");
        EQUIPMENT.put("S02", "安全管理机构与人员、作业人员持证");
        EQUIPMENT.put("S03", "安全技术档案");
        EQUIPMENT.put("S04", "日常维护保养与自行检查");
        EQUIPMENT.put("S05", "安全附件与保护装置");
        EQUIPMENT.put("S06", "应急预案与演练");
        EQUIPMENT.put("S07", "事故隐患排查治理");
    }

    private Checklist() {
    }

    public static Map<String, String> of(Regime regime) {
        return regime == Regime.FOOD ? FOOD : EQUIPMENT;
    }
}
