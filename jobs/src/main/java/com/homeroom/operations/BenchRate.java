package com.homeroom.operations;

/** How many items a measurement did in how long. */
record BenchRate(long items, String unit, double seconds, String note) {

    double perSecond() {
        return seconds <= 0 ? 0 : items / seconds;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
