package com.homeroom.scoring;

import com.homeroom.warehouse.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-memory warehouse per test, seeded row by row and read back through results. */
abstract class ScoringStepTest {

    protected static final String P = "2025-2026";
    protected Warehouse warehouse;
    protected IntakeSeed seed;
    protected Results results;

    @BeforeEach
    void openWarehouse() throws Exception {
        warehouse = Warehouse.inMemory();
        seed = new IntakeSeed(warehouse, P);
        results = new Results(warehouse, P);
    }

    @AfterEach
    void closeWarehouse() throws Exception {
        warehouse.close();
    }
}
