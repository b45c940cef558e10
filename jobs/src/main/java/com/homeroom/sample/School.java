package com.homeroom.sample;

/**
 * A school of the registry.
 *
 * @param small a village school with one class per grade
 */
record School(String code, String name, String zone, SchoolType type, boolean small) {
}
