/**
 * Warehouse: the DuckDB file, its schema, SQL resources with named parameters, and the Appender
 * writes of intake. Every table is keyed by period.
 */
package com.homeroom.warehouse;
