package com.homeroom.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL kept in {@code /sql/<stage>/<name>.sql} resources, with named parameters ({@code :period})
 * bound as JDBC parameters: no value is ever spliced into SQL text. A collection binds as a
 * {@code VARCHAR[]}.
 */
public final class SqlResource {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z_][a-z0-9_]*)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlResource() {
    }

    public static String text(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = SqlResource.class.getResourceAsStream("/sql/" + n + ".sql")) {
                if (in == null) {
                    throw new IllegalArgumentException("no SQL resource /sql/" + n + ".sql");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The statements of a file that holds several, separated by ';' at the end of a line. */
    static List<String> statements(String name) {
        List<String> statements = new ArrayList<>();
        for (String part : text(name).split(";\\s*(\\n|$)")) {
            String sql = part.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
            if (!sql.isBlank()) {
                statements.add(sql);
            }
        }
        return statements;
    }

    /** Prepares the named statement and binds its parameters by name. */
    public static PreparedStatement prepare(Connection connection, String name, Map<String, ?> parameters)
            throws SQLException {
        return prepare(connection, name, Map.of(), parameters);
    }

    /**
     * As {@link #prepare(Connection, String, Map)}, with {@code {{key}}} placeholders replaced by
     * table names that the code picks from a fixed list: identifiers cannot be JDBC parameters.
     */
    public static PreparedStatement prepare(Connection connection, String name, Map<String, String> tables,
                                            Map<String, ?> parameters) throws SQLException {
        String text = text(name);
        for (Map.Entry<String, String> t : tables.entrySet()) {
            if (!IDENTIFIER.matcher(t.getValue()).matches()) {
                throw new IllegalArgumentException("not a table name: " + t.getValue());
            }
            text = text.replace("{{" + t.getKey() + "}}", t.getValue());
        }
        Matcher m = PARAMETER.matcher(text);
        List<String> order = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            order.add(m.group(1));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < order.size(); i++) {
            if (!parameters.containsKey(order.get(i))) {
                statement.close();
                throw new IllegalArgumentException(name + ".sql needs parameter :" + order.get(i));
            }
            Object value = parameters.get(order.get(i));
            // a list binds as a VARCHAR[] (the SQL unnests it), as JDBC has no IN (?) of many values
            statement.setObject(i + 1, value instanceof Collection<?> values
                    ? connection.createArrayOf("VARCHAR", values.toArray()) : value);
        }
        return statement;
    }

    /** Runs a named update statement and returns the number of rows it touched. */
    public static int update(Connection connection, String name, Map<String, ?> parameters) throws SQLException {
        return update(connection, name, Map.of(), parameters);
    }

    public static int update(Connection connection, String name, Map<String, String> tables, Map<String, ?> parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, name, tables, parameters)) {
            return statement.executeUpdate();
        }
    }
}
