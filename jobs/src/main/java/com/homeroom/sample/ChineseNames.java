package com.homeroom.sample;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented Chinese personal names: a common surname and one or two given characters. Names of the
 * people in the policy's 附件 (the leadership group) are never produced.
 */
final class ChineseNames {

    /** Roughly by frequency: earlier surnames are drawn more often. */
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹"
            + "袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱"
            + "秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申";
    private static final String FEMALE = "秀英华慧巧美娜静淑惠珠翠雅芝玉萍红玲芬芳燕彩春菊兰凤洁梅琳素云莲"
            + "雪荣爱霞香月媛艳瑞佳嘉琼珍莉桂璐琦晶妍茜秋珊莎锦青倩婷婉娴瑾颖露瑶怡蓓仪荷丹蓉君琴蕊薇菁梦"
            + "岚馨韵悦冰爽茗欣滢筠柔凝晓欢芸菲宁可舒丽";
    private static final String MALE = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波贵福生龙元"
            + "全国学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩茂进林有坚和博诚先敬振壮会思群豪心邦"
            + "承乐绍功松善厚庆磊民友裕河哲江浩亮政谦奇朗宏言鸣朋斌栋维启克伦翔旭鹏泽晨辰建家致树德行泰盛"
            + "雄钧冠策腾楠航";

    /** The 附件's members (white space removed): real people, never to appear as teachers. */
    private static final Set<String> RESERVED = Set.of("吕雪梅", "王熠", "赵培明", "房师范", "王淑成", "韩少海",
            "于复明", "刘福年", "孙效辉", "周世刚", "刘燕", "卢宗玉", "牟晓荣", "孙尚烈", "张永涛", "马超", "赵玉平",
            "刘其国", "何国丽", "赵艺明", "宋晓敏", "刘雪云", "郝丽芹", "苏德恩", "赵晓云", "庄凤霞", "王春霞", "李焕武",
            "孙传芳", "范清华", "于英", "孙新兴");

    private ChineseNames() {
    }

    static String next(SplittableRandom rnd, boolean female) {
        while (true) {
            double u = rnd.nextDouble();
            StringBuilder name = new StringBuilder().append(SURNAMES.charAt((int) (SURNAMES.length() * u * u)));
            String given = female ? FEMALE : MALE;
            name.append(given.charAt(rnd.nextInt(given.length())));
            if (rnd.nextDouble() < 0.72) {
                name.append(given.charAt(rnd.nextInt(given.length())));
            }
            if (!RESERVED.contains(name.toString())) {
                return name.toString();
            }
        }
    }

    static boolean isReserved(String name) {
        return RESERVED.contains(name.replaceAll("\\s", ""));
    }
}
