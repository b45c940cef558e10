package com.homeroom.sample;

import java.math.BigDecimal;
import java.util.List;

/** One teacher's 考核评分 row: a value per scheme dimension (in scheme order) and the ethics conclusion. */
record Scores(List<BigDecimal> values, String ethics) {

    Scores withEthics(String conclusion) {
        return new Scores(values, conclusion);
    }

    BigDecimal total() {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
