package org.qualityguard.sampling.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's complaints, made up from what consumers write (a product, often a brand, what is wrong, sometimes where
 * it was bought and what they want done), each with the category a reviewer would give it and marked 演示. The same
 * seed always gives the same set. One in five is held back: it is not used for training and measures the
 * classifier's accuracy. The last two weeks bring a run of complaints about one milk brand, which the count test
 * should find.
 */
public final class DemoComplaintSet {

    /** A demo complaint with its true category; {@code daysAgo} counts back from the demo's today. */
    public record DemoComplaint(String productName, String brand, String barcode, String shop, String problem,
                                String category, int daysAgo, boolean heldBack) {
    }

    public static final String SURGE_BRAND = "演示牧场";
    public static final String SURGE_BARCODE = "6900000000014";

    private static final Map<String, String[][]> PRODUCTS = Map.ofEntries(
            Map.entry("01.0", new String[][] {{"纯牛奶", "酸奶", "奶酪", "全脂奶粉", "巴氏杀菌乳", "风味发酵乳"},
                    {"喝起来有酸味，像是变质了", "打开后有凝块结块", "奶味很淡像兑了水", "喝完肚子疼拉肚子", "包装鼓包胀袋"}}),
            Map.entry("02.0", new String[][] {{"花生油", "菜籽油", "调和油", "大豆油", "黄油", "芝麻油"},
                    {"油有哈喇味", "油里有沉淀物浑浊", "闻着有股刺鼻味道", "炒菜时冒烟很厉害", "怀疑是地沟油"}}),
            Map.entry("03.0", new String[][] {{"冰淇淋", "雪糕", "冰棍", "甜筒", "冰激凌"},
                    {"化了又冻过，有冰碴", "吃完嗓子不舒服", "里面有头发丝", "颜色特别艳，色素多", "奶油味发酸"}}),
            Map.entry("04.0", new String[][] {{"黄桃罐头", "酱腌菜", "豆腐", "干香菇", "腐竹", "开心果", "果脯", "海带"},
                    {"罐头盖子鼓起来了", "里面有虫子", "发霉长毛了", "漂白过颜色发白", "农药味很重", "坚果有哈喇味"}}),
            Map.entry("05.0", new String[][] {{"巧克力", "奶糖", "水果硬糖", "口香糖", "棉花糖", "夹心巧克力"},
                    {"表面发白起霜", "糖里有异物", "孩子吃了过敏", "标签上的保质期被改过", "吃起来有蜡味"}}),
            Map.entry("06.0", new String[][] {{"大米", "面粉", "挂面", "方便面", "粉丝", "小米", "螺蛳粉"},
                    {"米里有米虫", "面粉发黄有霉味", "挂面一煮就断", "粉丝有股塑料味", "方便面调料包漏了"}}),
            Map.entry("07.0", new String[][] {{"面包", "蛋糕", "饼干", "月饼", "蛋黄酥", "吐司"},
                    {"面包里面长霉点", "月饼馅发酸", "饼干受潮软了", "蛋糕奶油有异味", "生产日期是明天的"}}),
            Map.entry("08.0", new String[][] {{"火腿肠", "腊肉", "卤牛肉", "香肠", "猪肉", "鸭脖"},
                    {"肉颜色发绿", "火腿肠淀粉太多没有肉", "腊肉有哈喇味", "卤肉吃完上吐下泻", "注水肉一压就出水"}}),
            Map.entry("09.0", new String[][] {{"冻虾仁", "鱼丸", "带鱼", "小龙虾", "海参", "鱿鱼丝"},
                    {"虾仁泡了药水发胀", "鱼有臭味不新鲜", "冰衣太厚称重不足", "鱼丸没有鱼肉全是淀粉", "小龙虾吃完过敏"}}),
            Map.entry("10.0", new String[][] {{"鸡蛋", "咸鸭蛋", "皮蛋", "土鸡蛋", "鹌鹑蛋"},
                    {"蛋黄散了有臭味", "咸鸭蛋太咸发黑", "皮蛋有铅的味道", "蛋壳上有鸡粪", "打开是坏蛋"}}),
            Map.entry("11.0", new String[][] {{"蜂蜜", "白砂糖", "红糖", "冰糖", "槐花蜜"},
                    {"蜂蜜是糖浆勾兑的", "糖里有黑色杂质", "蜂蜜发酵冒泡", "红糖是白糖加色素", "结晶很奇怪像假蜜"}}),
            Map.entry("12.0", new String[][] {{"酱油", "陈醋", "辣椒酱", "味精", "食盐", "火锅底料", "蚝油"},
                    {"酱油里有白色漂浮物", "醋的酸味不够像勾兑", "辣椒酱里有苏丹红吗", "火锅底料吃了嘴麻", "盐里有沙子"}}),
            Map.entry("13.0", new String[][] {{"婴儿配方奶粉", "婴幼儿米粉", "较大婴儿配方奶粉", "儿童营养辅食", "特医食品"},
                    {"宝宝喝了奶粉便秘上火", "奶粉罐里有异物", "米粉冲不开有结块", "宝宝吃完起疹子", "奶粉冲出来颜色不对"}}),
            Map.entry("14.0", new String[][] {{"矿泉水", "果汁饮料", "可乐", "茶饮料", "含乳饮料", "功能饮料", "纯净水"},
                    {"水里有絮状物", "果汁喝着像糖水", "可乐瓶里有沉淀", "饮料喝完嗓子发苦", "瓶盖里有霉斑"}}),
            Map.entry("15.0", new String[][] {{"白酒", "啤酒", "黄酒", "葡萄酒", "米酒", "果酒"},
                    {"白酒是酒精勾兑的", "啤酒里有玻璃渣", "喝完头特别疼", "葡萄酒是色素兑的", "酒的度数不够"}}),
            Map.entry("16.0", new String[][] {{"果冻", "茶叶", "酵母", "食用淀粉冻", "龟苓膏"},
                    {"果冻太大孩子差点噎着", "茶叶有霉味", "果冻里有异物", "茶叶染色了泡出来颜色很深", "龟苓膏不凝固"}}),
            Map.entry("I01", new String[][] {{"电热水壶", "电吹风", "电饭煲", "电暖器", "微波炉", "电磁炉"},
                    {"用了两次就漏电", "插头发烫冒烟", "外壳一摸就麻手", "加热时有焦糊味", "按键失灵自己开机"}}),
            Map.entry("I02", new String[][] {{"毛绒玩具", "儿童滑板车", "积木玩具", "婴儿推车", "儿童安全座椅", "童装"},
                    {"小零件容易脱落孩子会吞", "玩具有刺鼻气味", "边缘锋利划伤孩子手", "推车刹车不灵", "童装上的绳带太长"}}),
            Map.entry("I03", new String[][] {{"保鲜盒", "纸巾", "一次性筷子", "塑料杯", "洗洁精", "不锈钢锅"},
                    {"塑料盒加热后变形有味", "纸巾一擦就掉屑", "筷子有硫磺味", "锅一炒就掉漆", "洗洁精伤手起皮"}}),
            Map.entry("I04", new String[][] {{"羽绒服", "T恤", "运动鞋", "牛仔裤", "毛衣", "皮鞋"},
                    {"羽绒服跑绒含绒量不足", "衣服洗一次就掉色", "鞋子穿一周就开胶", "毛衣起球严重", "衣服有很重的甲醛味"}}),
            Map.entry("I05", new String[][] {{"瓷砖", "乳胶漆", "木地板", "防水涂料", "石膏板", "卫浴水龙头"},
                    {"瓷砖贴上就开裂", "刷完墙甲醛超标", "地板起翘变形", "水龙头漏水生锈", "涂料刷完一直有味"}}),
            Map.entry("I06", new String[][] {{"复合肥", "尿素", "有机肥", "农膜", "种子"},
                    {"化肥养分不足庄稼不长", "复合肥是土块", "农膜一拉就破", "种子发芽率很低", "肥料烧苗"}}),
            Map.entry("I07", new String[][] {{"电线", "插座", "插线板", "开关", "电缆", "漏电保护器"},
                    {"电线铜芯太细是铝的", "插线板插上就跳闸", "插座发热烧黑了", "开关按几次就坏", "漏电保护器不动作"}}),
            Map.entry("I08", new String[][] {{"电动自行车", "电动车头盔", "电动车充电器", "电动车电池", "电动滑板车"},
                    {"电动车充电时起火", "头盔一摔就碎", "刹车失灵差点出事", "电池鼓包续航很短", "充电器发烫有焦味"}}),
            Map.entry("I09", new String[][] {{"燃气灶", "燃气热水器", "燃气软管", "减压阀", "燃气报警器"},
                    {"燃气灶漏气有煤气味", "熄火保护不起作用", "热水器打不着火还有味道", "软管老化开裂", "报警器不报警"}}),
            Map.entry("I10", new String[][] {{"车用汽油", "柴油", "润滑油", "防冻液", "车用尿素"},
                    {"加完油车子抖动熄火", "柴油里有水", "机油很稀像是假的", "防冻液冻住了", "加油后发动机故障灯亮"}}),
            Map.entry("I11", new String[][] {{"中性笔", "橡皮擦", "书包", "笔记本", "修正液", "彩笔"},
                    {"橡皮有很重的香味", "书包带子一背就断", "修正液味道刺鼻", "笔写不出水还漏墨", "彩笔孩子用了手发红"}}),
            Map.entry("I12", new String[][] {{"床垫", "衣柜", "办公椅", "儿童床", "沙发", "书桌"},
                    {"床垫里面是黑心棉", "衣柜甲醛味熏眼睛", "办公椅气杆坐着坐着断了", "儿童床护栏太低", "沙发弹簧扎人"}}));

    private static final String[] BRANDS = {"演示乐家", "演示华美", "演示金禾", "演示百顺", "演示宏达", "演示天元", ""};
    private static final String[] SHOPS = {"演示超市新街口店", "网店 演示旗舰店", "演示便利店", "演示农贸市场",
            "演示商场", "演示电商平台", ""};
    private static final String[] OPENERS = {"在{shop}买的{product}，", "上周买的{product}，", "{product}：", "",
            "家里老人买的，"};
    private static final String[] ASKS = {"希望抽检一下。", "请监管部门查一查。", "已经不是第一次了。", "",
            "商家不给退货。", "要求赔偿。"};
    private static final String[] VAGUE = {"这个东西", "买的产品", "这款"};

    private DemoComplaintSet() {
    }

    /** {@code count} ordinary complaints over the last {@code days} days, then the milk brand's run of 30. */
    public static List<DemoComplaint> generate(long seed, int count, int days) {
        Random random = new Random(seed);
        List<String> categories = PRODUCTS.keySet().stream().sorted().toList();
        List<DemoComplaint> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String category = categories.get(random.nextInt(categories.size()));
            all.add(one(random, category, random.nextInt(days), i % 5 == 0, pick(random, BRANDS)));
        }
        for (int i = 0; i < 30; i++) {
            DemoComplaint c = one(random, "01.0", random.nextInt(14), false, SURGE_BRAND);
            all.add(new DemoComplaint(i % 2 == 0 ? "纯牛奶" : c.productName(), SURGE_BRAND, SURGE_BARCODE, c.shop(),
                    c.problem(), c.category(), c.daysAgo(), false));
        }
        return all;
    }

    private static DemoComplaint one(Random random, String category, int daysAgo, boolean heldBack, String brand) {
        String[][] p = PRODUCTS.get(category);
        String product = pick(random, p[0]);
        String shop = pick(random, SHOPS);
        // one in eight writers names the product only vaguely in the name field; the text must carry it
        String named = random.nextInt(8) == 0 ? pick(random, VAGUE) : product;
        String opener = pick(random, OPENERS).replace("{shop}", shop.isEmpty() ? "附近店里" : shop)
                .replace("{product}", random.nextBoolean() ? product : "");
        String problem = opener + pick(random, p[1]) + (random.nextInt(3) == 0 ? "，" + pick(random, p[1]) : "") + "。"
                + pick(random, ASKS) + "（演示）";
        return new DemoComplaint(named, brand, null, shop, problem, category, daysAgo, heldBack);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** How many days back the demo's complaints reach. */
    public static final int DAYS = 70;

    /** The demo's set: 400 ordinary complaints over 70 days and the milk run. */
    public static List<DemoComplaint> demo() {
        return generate(20261202L, 400, DAYS);
    }

    /** The labelled texts of the complaints held back from training, to measure the classifier on. */
    public static List<org.qualityguard.sampling.domain.ComplaintClassifier.Labelled> heldBack(List<DemoComplaint> set) {
        return set.stream().filter(DemoComplaint::heldBack)
                .map(c -> new org.qualityguard.sampling.domain.ComplaintClassifier.Labelled(
                        org.qualityguard.sampling.domain.ComplaintText.of(c.productName(), c.brand(), c.problem()),
                        c.category()))
                .toList();
    }

    /** Today minus the complaint's days ago. */
    public static LocalDate dayOf(DemoComplaint c, LocalDate today) {
        return today.minusDays(c.daysAgo());
    }
}
