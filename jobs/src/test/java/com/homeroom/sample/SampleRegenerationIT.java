package com.homeroom.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed sample-data/ is exactly what the generator writes: the workbooks can be made again. */
class SampleRegenerationIT {

    static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void regeneratingGivesTheCommittedFilesByteForByte() throws Exception {
        SampleDataMain.regenerate(dir);

        List<Path> committed = files(SAMPLE).stream().filter(p -> !p.toString().equals("README.md")).toList();
        assertThat(files(dir)).containsExactlyInAnyOrderElementsOf(committed);
        for (Path file : committed) {
            assertThat(Files.mismatch(SAMPLE.resolve(file), dir.resolve(file))).as(file.toString()).isEqualTo(-1L);
        }
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
