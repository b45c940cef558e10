package com.homeroom.scoring;

import java.math.BigDecimal;

/** One assessment dimension (考核维度): its code in data, its workbook column, its maximum. */
public record Dimension(String code, String column, BigDecimal max) {
}
