package com.homeroom.publish.report;

/** A teacher assessed in a period and the school they were assessed at: one 一师一档 to render. */
public record TeacherRef(String schoolCode, String teacherId) {
}
