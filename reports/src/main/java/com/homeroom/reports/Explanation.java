package com.homeroom.reports;

/**
 * One explanation row from scoring: why a teacher's grade or tier is what it is.
 *
 * @param subject what is explained: 不合格, 优秀调整为合格, 首席降为骨干, …
 * @param reason  the rule that applied, in words a school reads ({@code 师德考核结论为不合格（一票否决）})
 */
public record Explanation(String teacherId, String teacherName, String subject, String reason) {
}
