/**
 * A synthetic but realistic district for demos and integration tests: a school registry and one
 * hand-filled-looking workbook per school, for two consecutive periods, with the messiness real
 * workbooks have and a known set of deliberate data problems (listed in
 * {@code expected-problems.csv} beside the period folders). Everything is derived from one seed:
 * the same seed and scale give byte-identical files.
 */
package com.homeroom.sample;
