/**
 * Scoring: the assessment scheme as data ({@link com.homeroom.scoring.SchemeLoader}), and the
 * period's grades, vetoes, ranks, district commendation, tiers, explanations and school flags
 * computed as SQL in the DuckDB warehouse ({@link com.homeroom.scoring.Scoring}).
 */
package com.homeroom.scoring;
