package com.homeroom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The one SHA-256: FIPS 180-2's known answer for "abc", the same from bytes, text, a file and a digest fed piecewise. */
class Sha256Test {

    static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void everyFormGivesTheKnownAnswer() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc");
        var digest = Sha256.digest();
        digest.update("a".getBytes(StandardCharsets.UTF_8));
        digest.update("bc".getBytes(StandardCharsets.UTF_8));

        assertThat(Sha256.of("abc")).isEqualTo(ABC);
        assertThat(Sha256.of("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
        assertThat(Sha256.of(file)).isEqualTo(ABC);
        assertThat(Sha256.hex(digest)).isEqualTo(ABC);
        assertThat(Sha256.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
