package com.homeroom.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Work across two warehouse files: another DuckDB file attached to a connection of the warehouse
 * under an alias, the work done in one transaction (all of it lands or none), the file detached
 * again whatever happened.
 */
final class AttachedFile {

    @FunctionalInterface
    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private AttachedFile() {
    }

    static void inTransaction(Warehouse warehouse, Path file, String alias, boolean readOnly, Work work)
            throws SQLException {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            // ATTACH takes no bound parameter: the path is quoted as an SQL literal instead.
            s.execute("ATTACH '" + file.toString().replace("'", "''") + "' AS " + alias
                    + (readOnly ? " (READ_ONLY)" : ""));
            try {
                c.setAutoCommit(false);
                try {
                    work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } finally {
                s.execute("DETACH " + alias);
            }
        }
    }
}
