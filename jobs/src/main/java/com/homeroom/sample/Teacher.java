package com.homeroom.sample;

import java.time.LocalDate;

/** A class teacher's personal data; stays the same across periods. */
record Teacher(String id, String name, boolean female, LocalDate birth, String title, String phone) {
}
