package com.homeroom.sample;

/** A class: 学段, grade number 1–12, class number. */
record Post(Stage stage, int grade, int classNo) {

    /** Next year's post: the teacher moves up with the class; after the last grade, back to the first. */
    Post advanced() {
        return new Post(stage, grade < stage.last ? grade + 1 : stage.first, classNo);
    }

    /** The normalised (学段, 年级, 班级) key the intake compares for CLASS_TAKEN. */
    String key() {
        return stage.label + "|" + grade + "|" + classNo;
    }
}
