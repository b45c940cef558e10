package com.homeroom.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The district's schools. The first forty are the district as the policy's 附件 shows it (its real
 * school names, 学区 named after the 街道, 区直 for district-run schools) plus plausible invented
 * village schools; larger scales add systematically named schools to the five 街道 学区.
 */
final class SchoolCatalog {

    static final String DISTRICT_RUN = "区直";
    private static final Map<String, String> ZONE_CODES = new LinkedHashMap<>();

    static {
        ZONE_CODES.put(DISTRICT_RUN, "QZ");
        ZONE_CODES.put("凤凰学区", "FH");
        ZONE_CODES.put("坊城学区", "FC");
        ZONE_CODES.put("坊安学区", "FA");
        ZONE_CODES.put("九龙学区", "JL");
        ZONE_CODES.put("黄旗堡学区", "HQ");
    }

    private record Entry(String zone, String name, SchoolType type, boolean small) {
    }

    private static final List<Entry> CURATED = List.of(
            e("区直", "潍坊四中", SchoolType.SENIOR), e("区直", "潍坊北海中学", SchoolType.COMPLETE),
            e("区直", "崇文中学", SchoolType.JUNIOR), e("区直", "尚文中学", SchoolType.JUNIOR),
            e("区直", "实验学校", SchoolType.NINE_YEAR), e("区直", "第二实验学校", SchoolType.NINE_YEAR),
            e("区直", "潍坊弘信学校", SchoolType.NINE_YEAR), e("区直", "工业发展区实验学校", SchoolType.NINE_YEAR),
            e("区直", "龙泉实验小学", SchoolType.PRIMARY), e("区直", "实验小学", SchoolType.PRIMARY),
            e("区直", "理想小学", SchoolType.PRIMARY), e("区直", "三马路小学", SchoolType.PRIMARY),
            e("区直", "七马路小学", SchoolType.PRIMARY), e("区直", "潍坊文华高级中学", SchoolType.SENIOR),
            e("凤凰学区", "凤凰小学", SchoolType.PRIMARY), e("凤凰学区", "兴国小学", SchoolType.PRIMARY),
            e("凤凰学区", "凤凰街道东庄小学", SchoolType.PRIMARY), e("凤凰学区", "凤凰街道新华小学", SchoolType.PRIMARY),
            e("凤凰学区", "凤凰街道西园小学", SchoolType.PRIMARY), e("凤凰学区", "凤凰中学", SchoolType.JUNIOR),
            e("坊城学区", "前宁小学", SchoolType.PRIMARY), e("坊城学区", "北海学校", SchoolType.NINE_YEAR),
            e("坊城学区", "坊城街道中心小学", SchoolType.PRIMARY), e("坊城学区", "坊城街道李家庄小学", SchoolType.PRIMARY),
            e("坊城学区", "坊城街道东关小学", SchoolType.PRIMARY),
            e("坊安学区", "南流小学", SchoolType.PRIMARY), e("坊安学区", "南流中学", SchoolType.JUNIOR),
            e("坊安学区", "坊安街道王家庄小学", SchoolType.PRIMARY), e("坊安学区", "坊安街道河东小学", SchoolType.PRIMARY),
            e("坊安学区", "坊安街道后营小学", SchoolType.PRIMARY),
            e("九龙学区", "杨庄小学", SchoolType.PRIMARY), e("九龙学区", "九龙中学", SchoolType.JUNIOR),
            e("九龙学区", "九龙街道辛庄小学", SchoolType.PRIMARY),
            new Entry("九龙学区", "九龙街道前埠小学", SchoolType.PRIMARY, true),
            e("九龙学区", "九龙街道张家庄小学", SchoolType.PRIMARY),
            e("黄旗堡学区", "安泰小学", SchoolType.PRIMARY), e("黄旗堡学区", "黄旗堡实验学校", SchoolType.NINE_YEAR),
            e("黄旗堡学区", "黄旗堡街道后所小学", SchoolType.PRIMARY), e("黄旗堡学区", "黄旗堡街道高家小学", SchoolType.PRIMARY),
            e("黄旗堡学区", "黄旗堡中学", SchoolType.JUNIOR));

    private static final String PLACE_HEADS = "东西南北前后大小上下新老";
    private static final String PLACE_NAMES = "王李张刘陈杨赵黄周吴孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董";
    private static final List<String> PLACE_TAILS = List.of("家庄", "庄", "村", "疃", "埠", "屯", "官庄", "店子");

    private SchoolCatalog() {
    }

    private static Entry e(String zone, String name, SchoolType type) {
        return new Entry(zone, name, type, false);
    }

    /** {@code count} schools ordered by 学区 and code; codes like {@code WF-FH-003}. */
    static List<School> build(int count, SplittableRandom rnd) {
        List<Entry> entries = new ArrayList<>(CURATED.subList(0, Math.min(count, CURATED.size())));
        Set<String> names = new HashSet<>();
        entries.forEach(x -> names.add(x.name()));
        List<String> streets = ZONE_CODES.keySet().stream().filter(z -> !z.equals(DISTRICT_RUN)).toList();
        for (int i = entries.size(); i < count; i++) {
            String zone = streets.get(i % streets.size());
            SchoolType type = randomType(rnd);
            entries.add(new Entry(zone, inventName(zone, type, rnd, names), type, false));
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<School> schools = new ArrayList<>();
        for (Entry x : entries) {
            int n = numbers.merge(x.zone(), 1, Integer::sum);
            String code = "WF-" + ZONE_CODES.get(x.zone()) + "-" + String.format("%03d", n);
            schools.add(new School(code, x.name(), x.zone(), x.type(), x.small()));
        }
        List<String> zoneOrder = List.copyOf(ZONE_CODES.keySet());
        schools.sort(Comparator.comparing((School s) -> zoneOrder.indexOf(s.zone())).thenComparing(School::code));
        return List.copyOf(schools);
    }

    private static SchoolType randomType(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        return u < 0.60 ? SchoolType.PRIMARY : u < 0.80 ? SchoolType.JUNIOR
                : u < 0.94 ? SchoolType.NINE_YEAR : u < 0.97 ? SchoolType.COMPLETE : SchoolType.SENIOR;
    }

    private static String inventName(String zone, SchoolType type, SplittableRandom rnd, Set<String> taken) {
        String street = zone.substring(0, zone.length() - 2) + "街道";
        String suffix = switch (type) {
            case PRIMARY -> "小学";
            case JUNIOR -> "初级中学";
            case NINE_YEAR -> "学校";
            case COMPLETE -> "中学";
            case SENIOR -> "高级中学";
        };
        for (int attempt = 0; attempt < 5; attempt++) {
            String place = "" + PLACE_HEADS.charAt(rnd.nextInt(PLACE_HEADS.length()))
                    + PLACE_NAMES.charAt(rnd.nextInt(PLACE_NAMES.length()))
                    + PLACE_TAILS.get(rnd.nextInt(PLACE_TAILS.size()));
            if (taken.add(street + place + suffix)) {
                return street + place + suffix;
            }
        }
        for (int n = 1; ; n++) {
            if (taken.add(street + "第" + n + suffix)) {
                return street + "第" + n + suffix;
            }
        }
    }
}
