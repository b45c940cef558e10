package com.homeroom.sample;

import java.time.LocalDate;

/** A 安全事故 row. */
record Incident(String teacherId, LocalDate date, String description, String responsibility, String consequence) {
}
