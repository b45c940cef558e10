package com.homeroom.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

class RecordDataSourceTest {

    record Row(String name, int count) {
    }

    private static JRDesignField field(String name) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        return field;
    }

    @Test
    void readsRecordComponentsByName() throws JRException {
        RecordDataSource source = RecordDataSource.of(List.of(new Row("林雅琴", 3), new Row("周明轩", 5)));

        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("name"))).isEqualTo("林雅琴");
        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("count"))).isEqualTo(5);
        assertThat(source.getFieldValue(field(RecordDataSource.THIS))).isEqualTo(new Row("周明轩", 5));
        assertThat(source.next()).isFalse();

        source.moveFirst();
        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("name"))).isEqualTo("林雅琴");
    }

    @Test
    void namesTheComponentsWhenAFieldDoesNotExist() {
        RecordDataSource source = RecordDataSource.single(new Row("林雅琴", 3));
        source.next();

        assertThatThrownBy(() -> source.getFieldValue(field("phone")))
                .isInstanceOf(JRException.class).hasMessageContaining("no component 'phone'").hasMessageContaining("count");
    }
}
