package com.homeroom.sample;

/** 学段, with the grade numbers (1–12) it spans. */
enum Stage {
    PRIMARY("小学", 1, 6),
    JUNIOR("初中", 7, 9),
    SENIOR("高中", 10, 12);

    final String label;
    final int first;
    final int last;

    Stage(String label, int first, int last) {
        this.label = label;
        this.first = first;
        this.last = last;
    }
}
