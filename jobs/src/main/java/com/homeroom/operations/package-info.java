/**
 * Operations: the command line, the district job's wiring (Spring Batch steps, partitions), the
 * run lock, restarts of killed runs, status, the scheduler, logs and progress.
 */
package com.homeroom.operations;
