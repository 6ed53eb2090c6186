package org.qualityguard.power.demo;

import static org.qualityguard.identity.OrganisationKind.INSPECTION_QUARANTINE;
import static org.qualityguard.identity.OrganisationKind.MARKET_SUPERVISION;
import static org.qualityguard.identity.OrganisationKind.TECHNICAL_INSTITUTION;
import static org.qualityguard.shared.clock.TimeLimit.DayCount.CALENDAR_DAYS;
import static org.qualityguard.shared.clock.TimeLimit.DayCount.WORKING_DAYS;
import static org.qualityguard.shared.DivisionLevel.CITY;
import static org.qualityguard.shared.DivisionLevel.COUNTY;
import static org.qualityguard.shared.DivisionLevel.PROVINCE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.power.DiscretionRange;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.LegalBasis;
import org.qualityguard.power.PowerType;
import org.qualityguard.shared.clock.TimeLimit;
import org.qualityguard.shared.DivisionLevel;

/**
 * The demo province's power catalogue for market (quality and technical) supervision and inspection and quarantine:
 * items as a province lists them, with their legal bases as the laws number them. Among them the items the
 * platform's acts cite (qualityguard.power.acts: JC-SCJG-001, JC-SP-001, JC-TZSB-001, JC-TZSB-002, JC-JCK-001).
 */
public final class DemoCatalogue {

    private static final Set<DivisionLevel> ALL_LEVELS = EnumSet.of(PROVINCE, CITY, COUNTY);
    private static final Set<OrganisationKind> BUREAU = EnumSet.of(MARKET_SUPERVISION);
    private static final Set<OrganisationKind> CIQ = EnumSet.of(INSPECTION_QUARANTINE);
    private static final String PQ_ACCOUNT = "《产品质量法》第六十八条；《行政机关公务员处分条例》第二十条";
    private static final String FOOD_ACCOUNT = "《食品安全法》第一百四十四条、第一百四十五条";
    private static final String SE_ACCOUNT = "《特种设备安全法》第九十四条";
    private static final String METROLOGY_ACCOUNT = "《计量法》第二十九条";
    private static final String CIQ_ACCOUNT = "《进出口商品检验法》第三十七条";
    /** 九十日, extendable by thirty with approval (《市场监督管理行政处罚程序规定》第六十四条). */
    private static final TimeLimit PENALTY_LIMIT = new TimeLimit(90, CALENDAR_DAYS, 30);
    /** 三十日, extendable by thirty where the case is complex (《行政强制法》第二十五条). */
    private static final TimeLimit SEIZURE_LIMIT = new TimeLimit(30, CALENDAR_DAYS, 30);
    private static final LegalBasis PENALTY_PROCEDURE = new LegalBasis("《市场监督管理行政处罚程序规定》", "第六十四条");
    private static final LegalBasis SEIZURE_PERIOD = new LegalBasis("《行政强制法》", "第二十五条");

    private DemoCatalogue() {
    }

    /** The catalogue, in the order a province lists it: licences, penalties, coercive measures, inspections, … */
    public static List<ItemContent> items() {
        List<ItemContent> out = new ArrayList<>();
        // 行政许可
        out.add(item("XK-TZSB-001", PowerType.LICENSING, "特种设备使用登记", List.of(
                        basis("《特种设备安全法》", "第三十三条"), basis("《特种设备安全监察条例》", "第二十五条")),
                EnumSet.of(CITY, COUNTY), BUREAU, limit(15, WORKING_DAYS), limit(5, WORKING_DAYS),
                EnumSet.of(Exclusion.INSPECTION), List.of(), "特种设备安全监察处", SE_ACCOUNT));
        out.add(item("XK-TZSB-002", PowerType.LICENSING, "特种设备安全管理和作业人员资格认定", List.of(
                        basis("《特种设备安全法》", "第十四条")),
                EnumSet.of(PROVINCE, CITY), BUREAU, limit(20, WORKING_DAYS), limit(10, WORKING_DAYS),
                EnumSet.of(Exclusion.TESTING), List.of(), "特种设备安全监察处", SE_ACCOUNT));
        out.add(item("XK-GYCP-001", PowerType.LICENSING, "重要工业产品生产许可证核发", List.of(
                        basis("《工业产品生产许可证管理条例》", "第五条"), basis("《工业产品生产许可证管理条例》", "第十四条")),
                EnumSet.of(PROVINCE), BUREAU, limit(60, CALENDAR_DAYS), limit(20, WORKING_DAYS),
                EnumSet.of(Exclusion.INSPECTION, Exclusion.TESTING, Exclusion.EXPERT_EVALUATION),
                List.of(), "产品质量监督处", "《工业产品生产许可证管理条例》第六十四条"));
        out.add(item("XK-SPSC-001", PowerType.LICENSING, "食品生产许可", List.of(
                        basis("《食品安全法》", "第三十五条"), basis("《食品生产许可管理办法》", "第二十五条")),
                ALL_LEVELS, BUREAU, limit(20, WORKING_DAYS).extendableBy(10), limit(10, WORKING_DAYS),
                EnumSet.of(Exclusion.INSPECTION), List.of(), "食品生产安全监督管理处", FOOD_ACCOUNT));
        out.add(item("XK-JCJG-001", PowerType.LICENSING, "检验检测机构资质认定", List.of(
                        basis("《认证认可条例》", "第十六条"), basis("《检验检测机构资质认定管理办法》", "第三条")),
                EnumSet.of(PROVINCE), BUREAU, limit(10, WORKING_DAYS), limit(7, WORKING_DAYS),
                EnumSet.of(Exclusion.EXPERT_EVALUATION), List.of(), "认证认可与检验检测监督管理处",
                "《认证认可条例》第六十九条"));
        out.add(item("XK-JL-001", PowerType.LICENSING, "计量标准器具核准", List.of(
                        basis("《计量法》", "第六条"), basis("《计量法实施细则》", "第七条")),
                ALL_LEVELS, BUREAU, limit(20, WORKING_DAYS), limit(15, WORKING_DAYS),
                EnumSet.of(Exclusion.EXPERT_EVALUATION), List.of(), "计量处", METROLOGY_ACCOUNT));
        out.add(item("XK-JL-002", PowerType.LICENSING, "计量器具新产品型式批准", List.of(
                        basis("《计量法》", "第十三条")),
                EnumSet.of(PROVINCE), BUREAU, limit(20, WORKING_DAYS), limit(15, WORKING_DAYS),
                EnumSet.of(Exclusion.TESTING), List.of(), "计量处", METROLOGY_ACCOUNT));
        // 行政处罚
        out.add(penalty("CF-CPZL-001", "对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的处罚",
                basis("《产品质量法》", "第四十九条"), ALL_LEVELS, BUREAU, List.of(
                        range("轻微", "首次违法、货值金额较小并及时改正的：责令停止生产、销售，没收违法产品，并处货值金额等值以上一点五倍以下的罚款"),
                        range("一般", "并处货值金额一点五倍以上二点五倍以下的罚款；有违法所得的，并处没收违法所得"),
                        range("严重", "并处货值金额二点五倍以上三倍以下的罚款；情节严重的，吊销营业执照")),
                "执法稽查局", PQ_ACCOUNT));
        out.add(penalty("CF-CPZL-002", "对在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的处罚",
                basis("《产品质量法》", "第五十条"), ALL_LEVELS, BUREAU, List.of(
                        range("轻微", "并处违法生产、销售产品货值金额百分之五十以上一倍以下的罚款"),
                        range("一般", "并处货值金额一倍以上二倍以下的罚款；有违法所得的，并处没收违法所得"),
                        range("严重", "并处货值金额二倍以上三倍以下的罚款；情节严重的，吊销营业执照")),
                "执法稽查局", PQ_ACCOUNT));
        out.add(penalty("CF-SP-001", "对用非食品原料生产食品、在食品中添加食品添加剂以外的化学物质等行为的处罚",
                basis("《食品安全法》", "第一百二十三条"), ALL_LEVELS, BUREAU, List.of(
                        range("一般", "货值金额不足一万元的，并处十万元以上十五万元以下罚款"),
                        range("较重", "货值金额一万元以上的，并处货值金额十五倍以上二十倍以下罚款"),
                        range("严重", "并处货值金额二十倍以上三十倍以下罚款，吊销许可证")),
                "食品生产安全监督管理处", FOOD_ACCOUNT));
        out.add(penalty("CF-SP-003", "对生产经营污染物质、农药残留等含量超过食品安全标准限量的食品或者超范围、超限量使用食品添加剂等行为的处罚",
                basis("《食品安全法》", "第一百二十四条"), ALL_LEVELS, BUREAU, List.of(
                        range("一般", "货值金额不足一万元的，并处五万元以上十万元以下罚款"),
                        range("较重", "货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款"),
                        range("严重", "并处货值金额十倍以上二十倍以下罚款，吊销许可证")),
                "食品生产安全监督管理处", FOOD_ACCOUNT));
        out.add(penalty("CF-SP-002", "对未取得食品生产经营许可从事食品生产经营活动的处罚",
                basis("《食品安全法》", "第一百二十二条"), ALL_LEVELS, BUREAU, List.of(
                        range("一般", "没收违法所得和违法生产经营的食品；货值金额不足一万元的，并处五万元以上十万元以下罚款"),
                        range("严重", "货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款")),
                "食品生产安全监督管理处", FOOD_ACCOUNT));
        out.add(penalty("CF-TZSB-001", "对特种设备使用单位使用未取得许可生产、未经检验或者检验不合格的特种设备的处罚",
                basis("《特种设备安全法》", "第八十四条"), ALL_LEVELS, BUREAU, List.of(
                        range("轻微", "责令停止使用有关特种设备，处三万元以上十万元以下罚款"),
                        range("一般", "责令停止使用有关特种设备，处十万元以上二十万元以下罚款"),
                        range("严重", "责令停止使用有关特种设备，处二十万元以上三十万元以下罚款")),
                "特种设备安全监察处", SE_ACCOUNT));
        out.add(penalty("CF-TZSB-002", "对特种设备使用单位未按规定办理使用登记的处罚",
                basis("《特种设备安全法》", "第八十三条"), ALL_LEVELS, BUREAU, List.of(
                        range("轻微", "责令限期改正；逾期未改正的，处一万元以上三万元以下罚款"),
                        range("一般", "责令停止使用有关特种设备，处三万元以上七万元以下罚款"),
                        range("严重", "责令停止使用有关特种设备，处七万元以上十万元以下罚款")),
                "特种设备安全监察处", SE_ACCOUNT));
        out.add(penalty("CF-JL-001", "对使用不合格计量器具或者破坏计量器具准确度的处罚",
                basis("《计量法》", "第二十六条"), ALL_LEVELS, BUREAU, List.of(
                        range("轻微", "责令赔偿损失，没收计量器具和违法所得，可以不予罚款"),
                        range("一般", "没收计量器具和违法所得，并处一千元以下罚款"),
                        range("严重", "没收计量器具和违法所得，并处一千元以上二千元以下罚款")),
                "计量处", METROLOGY_ACCOUNT));
        out.add(penalty("CF-JCK-001", "对擅自销售、使用未报检或者未经检验的法定检验进口商品的处罚",
                basis("《进出口商品检验法》", "第三十二条"), EnumSet.of(PROVINCE, CITY, COUNTY), CIQ, List.of(
                        range("轻微", "没收违法所得，并处货值金额百分之五以上百分之十以下的罚款"),
                        range("一般", "没收违法所得，并处货值金额百分之十以上百分之十五以下的罚款"),
                        range("严重", "没收违法所得，并处货值金额百分之十五以上百分之二十以下的罚款")),
                "检验监管处", CIQ_ACCOUNT));
        // 行政强制
        out.add(item("QZ-CPZL-001", PowerType.COERCION, "查封、扣押涉嫌不符合保障人体健康和人身、财产安全标准的产品",
                List.of(basis("《产品质量法》", "第十八条"), basis("《行政强制法》", "第二十二条"), SEIZURE_PERIOD),
                ALL_LEVELS, BUREAU, SEIZURE_LIMIT, null, EnumSet.of(Exclusion.TESTING), List.of(),
                "执法稽查局", PQ_ACCOUNT));
        out.add(item("QZ-TZSB-001", PowerType.COERCION, "查封、扣押不符合安全技术规范要求或者存在严重事故隐患的特种设备",
                List.of(basis("《特种设备安全法》", "第六十一条"), SEIZURE_PERIOD),
                ALL_LEVELS, BUREAU, SEIZURE_LIMIT, null, EnumSet.of(Exclusion.TESTING), List.of(),
                "特种设备安全监察处", SE_ACCOUNT));
        out.add(item("QZ-SP-001", PowerType.COERCION, "查封、扣押有证据证明不符合食品安全标准的食品",
                List.of(basis("《食品安全法》", "第一百一十条"), SEIZURE_PERIOD),
                ALL_LEVELS, BUREAU, SEIZURE_LIMIT, null, EnumSet.of(Exclusion.TESTING), List.of(),
                "食品生产安全监督管理处", FOOD_ACCOUNT));
        // 行政检查
        out.add(item("JC-SCJG-001", PowerType.INSPECTION, "产品质量监督抽查（“双随机、一公开”）",
                List.of(basis("《产品质量法》", "第十五条"), basis("《产品质量监督抽查管理暂行办法》", "第三条")),
                ALL_LEVELS, BUREAU, null, null, Set.of(), List.of(), "产品质量监督处", PQ_ACCOUNT));
        out.add(item("JC-SP-001", PowerType.INSPECTION, "食品生产经营监督检查",
                List.of(basis("《食品安全法》", "第一百一十条"), basis("《食品生产经营监督检查管理办法》", "第五条")),
                ALL_LEVELS, BUREAU, null, null, Set.of(), List.of(), "食品生产安全监督管理处", FOOD_ACCOUNT));
        out.add(item("JC-SP-002", PowerType.INSPECTION, "食品安全监督抽检",
                List.of(basis("《食品安全法》", "第八十七条"), basis("《食品安全抽样检验管理办法》", "第三条")),
                ALL_LEVELS, BUREAU, null, null, Set.of(), List.of(), "食品安全抽检监测处", FOOD_ACCOUNT));
        out.add(item("JC-TZSB-001", PowerType.INSPECTION, "特种设备生产、使用单位监督检查",
                List.of(basis("《特种设备安全法》", "第五十七条"), basis("《特种设备安全法》", "第六十一条")),
                ALL_LEVELS, BUREAU, null, null, Set.of(), List.of(), "特种设备安全监察处", SE_ACCOUNT));
        out.add(item("JC-TZSB-002", PowerType.INSPECTION, "特种设备定期检验监督",
                List.of(basis("《特种设备安全法》", "第四十条"), basis("《特种设备安全法》", "第五十条")),
                ALL_LEVELS, EnumSet.of(MARKET_SUPERVISION, TECHNICAL_INSTITUTION), null, null, Set.of(), List.of(),
                "特种设备安全监察处", SE_ACCOUNT));
        out.add(item("JC-JL-001", PowerType.INSPECTION, "计量器具强制检定",
                List.of(basis("《计量法》", "第九条"), basis("《计量法实施细则》", "第十一条")),
                ALL_LEVELS, EnumSet.of(MARKET_SUPERVISION, TECHNICAL_INSTITUTION), null, limit(10, WORKING_DAYS),
                Set.of(), List.of(), "计量处", METROLOGY_ACCOUNT));
        out.add(item("JC-JCK-001", PowerType.INSPECTION, "进出口商品检验",
                List.of(basis("《进出口商品检验法》", "第五条"), basis("《进出口商品检验法》", "第六条"),
                        basis("《进出口商品检验法实施条例》", "第四条")),
                EnumSet.of(PROVINCE, CITY, COUNTY), CIQ, null, null, Set.of(), List.of(), "检验监管处", CIQ_ACCOUNT));
        out.add(item("JC-JCK-002", PowerType.INSPECTION, "进境动植物、动植物产品检疫",
                List.of(basis("《进出境动植物检疫法》", "第十四条")),
                EnumSet.of(PROVINCE, CITY, COUNTY), CIQ, null, null, Set.of(), List.of(), "动植物检疫处",
                "《进出境动植物检疫法》第四十五条"));
        out.add(item("JC-JCK-003", PowerType.INSPECTION, "出入境人员、交通工具和货物卫生检疫",
                List.of(basis("《国境卫生检疫法》", "第四条")),
                EnumSet.of(PROVINCE, CITY, COUNTY), CIQ, null, null, Set.of(), List.of(), "卫生检疫处",
                "《国境卫生检疫法》第二十二条"));
        // 行政奖励、行政裁决、其他
        out.add(item("JL-CPZL-001", PowerType.REWARD, "对检举产品质量违法行为有功人员的奖励",
                List.of(basis("《产品质量法》", "第十条")), ALL_LEVELS, BUREAU, null, limit(30, WORKING_DAYS),
                Set.of(), List.of(), "执法稽查局", PQ_ACCOUNT));
        out.add(item("JL-SP-001", PowerType.REWARD, "食品安全违法行为举报奖励",
                List.of(basis("《食品安全法》", "第一百一十五条")), ALL_LEVELS, BUREAU, null, limit(30, WORKING_DAYS),
                Set.of(), List.of(), "食品生产安全监督管理处", FOOD_ACCOUNT));
        out.add(item("CJ-JL-001", PowerType.ADJUDICATION, "计量纠纷调解和仲裁检定",
                List.of(basis("《计量法》", "第二十一条"), basis("《计量法实施细则》", "第三十四条")),
                ALL_LEVELS, BUREAU, null, limit(20, WORKING_DAYS), EnumSet.of(Exclusion.TESTING), List.of(),
                "计量处", METROLOGY_ACCOUNT));
        out.add(item("QT-TZSB-001", PowerType.OTHER, "特种设备一般事故、较大事故调查处理",
                List.of(basis("《特种设备安全法》", "第七十三条")), EnumSet.of(PROVINCE, CITY), BUREAU,
                limit(60, CALENDAR_DAYS), null, EnumSet.of(Exclusion.TESTING, Exclusion.EXPERT_EVALUATION),
                List.of(), "特种设备安全监察处", SE_ACCOUNT));
        return out;
    }

    private static ItemContent item(String code, PowerType type, String name, List<LegalBasis> bases,
                                    Set<DivisionLevel> levels, Set<OrganisationKind> kinds, TimeLimit statutory,
                                    TimeLimit promised, Set<Exclusion> excluded, List<DiscretionRange> discretion,
                                    String unit, String accountability) {
        return new ItemContent(code, type, name, bases, levels, kinds, statutory, promised, excluded, discretion, unit,
                accountability);
    }

    private static ItemContent penalty(String code, String name, LegalBasis basis, Set<DivisionLevel> levels,
                                       Set<OrganisationKind> kinds, List<DiscretionRange> discretion, String unit,
                                       String accountability) {
        return item(code, PowerType.PENALTY, name, List.of(basis, PENALTY_PROCEDURE), levels, kinds, PENALTY_LIMIT,
                null, EnumSet.of(Exclusion.HEARING, Exclusion.TESTING, Exclusion.EXPERT_EVALUATION,
                        Exclusion.PUBLIC_NOTICE), discretion, unit, accountability);
    }

    private static LegalBasis basis(String law, String article) {
        return new LegalBasis(law, article);
    }

    private static TimeLimit limit(int days, TimeLimit.DayCount count) {
        return new TimeLimit(days, count, 0);
    }

    private static DiscretionRange range(String circumstance, String range) {
        return new DiscretionRange(circumstance, range);
    }
}
