package com.homeroom.sample;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static java.util.Map.entry;

/** Which school fills in its workbook how, and how it names the file. */
final class Layouts {

    private static final Map<String, String> CURATED = Map.ofEntries(
            entry("潍坊四中", "TITLE_ROW DECORATED_HEADERS SERIAL REMARKS TOTAL_FORMULA TEMPLATE_ROWS NOTE_BLOCK BAN PERCENT_FORMAT"),
            entry("潍坊北海中学", "TWO_TITLE_ROWS SERIAL ALIAS_SHEETS JUNIOR_CHU PAREN FRACTION"),
            entry("崇文中学", "XLS TITLE_ROW SERIAL NUMERIC_PHONES"),
            entry("尚文中学", "SHUFFLED REMARKS PERCENT_TEXT TEXT_DOT"),
            entry("实验学校", "TITLE_ROW SERIAL DECORATED_HEADERS TOTAL_FORMULA PERCENT_FORMAT"),
            entry("第二实验学校", "DIGIT BAN"),
            entry("潍坊弘信学校", "HAND_TYPED SPACED_NAMES BLANK_ROWS DIGIT_NIAN FULLWIDTH_PAREN TEXT_CN PERCENT_TEXT LOWER"),
            entry("工业发展区实验学校", "TITLE_ROW SERIAL NUMERIC_PHONES"),
            entry("龙泉实验小学", "TITLE_ROW SERIAL"),
            entry("实验小学", "TITLE_ROW SERIAL REMARKS BAN"),
            entry("理想小学", "ALIAS_SHEETS SHUFFLED FRACTION"),
            entry("三马路小学", "TITLE_ROW SERIAL"),
            entry("七马路小学", "TITLE_ROW SERIAL PAREN"),
            entry("潍坊文华高级中学", "DECORATED_HEADERS NOTE_BLOCK TEXT_SLASH"),
            entry("凤凰小学", "TITLE_ROW SERIAL CHINESE"),
            entry("兴国小学", "BLANK_ROWS"),
            entry("凤凰街道东庄小学", "HAND_TYPED DIGIT TEXT_ISO"),
            entry("凤凰街道新华小学", "TITLE_ROW SERIAL"),
            entry("凤凰街道西园小学", "XLS HAND_TYPED SPACED_NAMES DIGIT_NIAN"),
            entry("凤凰中学", "TWO_TITLE_ROWS SPACED_SHEET_NAMES JUNIOR_CHU"),
            entry("前宁小学", "SERIAL NUMERIC_PHONES BLANK_ROWS"),
            entry("北海学校", "DECORATED_HEADERS TOTAL_FORMULA FRACTION"),
            entry("坊城街道中心小学", "TITLE_ROW"),
            entry("坊城街道李家庄小学", "TITLE_ROW SERIAL"),
            entry("坊城街道东关小学", "SHUFFLED NO_INCIDENT_SHEET"),
            entry("南流小学", "TITLE_ROW SERIAL TEXT_SLASH"),
            entry("南流中学", "HAND_TYPED JUNIOR_CHU"),
            entry("坊安街道王家庄小学", ""),
            entry("坊安街道河东小学", "TITLE_ROW"),
            entry("坊安街道后营小学", "SPACED_NAMES NOTE_BLOCK"),
            entry("杨庄小学", "SERIAL MERGE_GRADE"),
            entry("九龙中学", "TITLE_ROW ALIAS_SHEETS"),
            entry("九龙街道辛庄小学", ""),
            entry("九龙街道前埠小学", "MERGE_CLASS BAN"),
            entry("九龙街道张家庄小学", "TITLE_ROW"),
            entry("安泰小学", "SERIAL BLANK_ROWS"),
            entry("黄旗堡实验学校", "TWO_TITLE_ROWS DECORATED_HEADERS"),
            entry("黄旗堡街道后所小学", "TITLE_ROW"),
            entry("黄旗堡街道高家小学", "HAND_TYPED FULLWIDTH"),
            entry("黄旗堡中学", "SHUFFLED TOTAL_FORMULA"));

    /** Habits of the schools beyond the curated forty, drawn with these weights. */
    private static final List<String> PRESETS = List.of(
            "TITLE_ROW SERIAL", "TITLE_ROW SERIAL", "TITLE_ROW SERIAL", "", "",
            "TITLE_ROW SERIAL BLANK_ROWS BAN", "SHUFFLED REMARKS PERCENT_TEXT TEXT_DOT",
            "HAND_TYPED SPACED_NAMES DIGIT_NIAN FULLWIDTH_PAREN", "DECORATED_HEADERS TOTAL_FORMULA FRACTION",
            "ALIAS_SHEETS PERCENT_FORMAT", "TWO_TITLE_ROWS SERIAL NOTE_BLOCK JUNIOR_CHU", "XLS TITLE_ROW SERIAL");

    private static final List<String> FILE_NAMES = List.of("%s%s班主任考核", "%s%s班主任考核", "%s_%s学年班主任考核表",
            "%s%s学年班主任工作考核");

    private Layouts() {
    }

    static Layout of(School school, SplittableRandom rnd) {
        String spec = CURATED.get(school.name());
        return Layout.parse(spec != null ? spec : PRESETS.get(rnd.nextInt(PRESETS.size())));
    }

    /** e.g. {@code 凤凰学区/凤凰小学2025-2026班主任考核.xlsx}. */
    static String fileName(School school, Layout layout, String periodCode, String variant) {
        String name = school.name().replaceFirst("^.{2,3}街道(?=.{3,})", "");
        String pattern = FILE_NAMES.get(Math.floorMod(school.code().hashCode(), FILE_NAMES.size()));
        return school.zone() + "/" + String.format(pattern, name, periodCode) + variant
                + (layout.has(Layout.Quirk.XLS) ? ".xls" : ".xlsx");
    }
}
