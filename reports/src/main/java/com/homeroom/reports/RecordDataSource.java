package com.homeroom.reports;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A JasperReports data source over Java records: a field named like a record component reads that
 * component. JasperReports' bean data source wants {@code getX()} getters, which records do not have.
 * The component accessors of each record class are looked up once per class and shared by threads.
 * A field named {@code _THIS} reads the record itself.
 */
public final class RecordDataSource implements JRRewindableDataSource {

    /** Field name that yields the current record itself. */
    public static final String THIS = "_THIS";

    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return accessorsOf(type);
        }
    };

    private final Collection<? extends Record> rows;
    private Iterator<? extends Record> iterator;
    private Record current;

    private RecordDataSource(Collection<? extends Record> rows) {
        this.rows = rows == null ? List.of() : rows;
        this.iterator = this.rows.iterator();
    }

    /** The rows in their order; null means no rows. */
    public static RecordDataSource of(Collection<? extends Record> rows) {
        return new RecordDataSource(rows);
    }

    /** One row: the root record of a document. */
    public static RecordDataSource single(Record row) {
        return new RecordDataSource(List.of(row));
    }

    @Override
    public boolean next() {
        if (!iterator.hasNext()) {
            current = null;
            return false;
        }
        current = iterator.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        if (current == null) {
            throw new JRException("no current record; call next() first");
        }
        String name = field.getName();
        if (THIS.equals(name)) {
            return current;
        }
        MethodHandle accessor = ACCESSORS.get(current.getClass()).get(name);
        if (accessor == null) {
            throw new JRException("record " + current.getClass().getSimpleName() + " has no component '" + name
                    + "'; components: " + ACCESSORS.get(current.getClass()).keySet());
        }
        try {
            return accessor.invoke(current);
        } catch (Throwable e) {
            throw new JRException("reading " + name + " of " + current.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void moveFirst() {
        iterator = rows.iterator();
        current = null;
    }

    private static Map<String, MethodHandle> accessorsOf(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        Map<String, MethodHandle> accessors = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                var method = component.getAccessor();
                method.setAccessible(true);
                accessors.put(component.getName(), lookup.unreflect(method));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + component.getName(), e);
            }
        }
        return Map.copyOf(accessors);
    }
}
