package com.homeroom.intake;

import com.homeroom.intake.value.SchoolTerms.SchoolType;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The district's school registry (学校名录) for a run, keyed by normalised 学校代码. */
public record Registry(String file, Map<String, School> schools) {

    public record School(String code, String name, String zone, SchoolType type) {
    }

    public Optional<School> school(String code) {
        return Optional.ofNullable(code == null ? null : schools.get(code));
    }

    public Collection<School> all() {
        return schools.values();
    }
}
