package com.homeroom.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EncryptionTest {

    @Test
    void opensOnlyWithThePassword() {
        byte[] pdf = Fixtures.RENDERER.render(Fixtures.smallSchool(), new PdfPasswords("fh01-2026", null));

        assertThat(Pdf.read(pdf, "fh01-2026").compact()).contains("凤凰小学");
        assertThatThrownBy(() -> Pdf.read(pdf, "")).hasMessageContaining("password");
    }
}
