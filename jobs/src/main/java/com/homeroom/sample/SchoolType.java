package com.homeroom.sample;

import java.util.List;

/** 学校类型, its stages, and how large its class-teacher staff is relative to the average. */
enum SchoolType {
    PRIMARY("小学", 0.85, List.of(Stage.PRIMARY)),
    JUNIOR("初中", 1.0, List.of(Stage.JUNIOR)),
    NINE_YEAR("九年一贯制", 1.5, List.of(Stage.PRIMARY, Stage.JUNIOR)),
    COMPLETE("完全中学", 2.0, List.of(Stage.JUNIOR, Stage.SENIOR)),
    SENIOR("高中", 1.6, List.of(Stage.SENIOR));

    final String label;
    final double size;
    final List<Stage> stages;

    SchoolType(String label, double size, List<Stage> stages) {
        this.label = label;
        this.size = size;
        this.stages = stages;
    }
}
