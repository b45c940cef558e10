package com.homeroom.publish;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** manifest.csv: every file of a period folder, sorted by path, with size, SHA-256 and audience. */
class ManifestTest {

    /** SHA-256 of no bytes. */
    private static final String EMPTY_SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path dir;
    Path period;

    @BeforeEach
    void periodFolder() throws Exception {
        period = dir.resolve("2025-2026");
        file("teachers/QZ-002/T0101.pdf", "%PDF T0101");
        file("teachers/FH-001/T0001.pdf", "%PDF T0001");
        file("schools/凤凰学区/FH-001_凤凰小学/学校反馈报告_2025-2026.pdf", "%PDF FH-001");
        file("schools/凤凰学区/FH-001_凤凰小学/数据问题清单_2025-2026.xlsx", "PK FH-001");
        file("schools/区直/QZ-002_实验_学校/学校反馈报告_2025-2026.pdf", "%PDF QZ-002");
        file("district/results.csv", "period\r\n");
        file("district/考核结果_2025-2026.xlsx", "PK");
        file("district/区级通报_2025-2026.pdf", "");
        // U+FF21 sorts before U+20000 by code point, after it by UTF-16 unit (String.compareTo)
        file("district/\uD840\uDC00.txt", "b");
        file("district/\uFF21.txt", "a");
        file("manifest.csv", "an older manifest, not listed in the new one");
    }

    @Test
    void listsEveryFileSortedByPathWithItsSizeHashAndAudience() throws Exception {
        Manifest.write(period);

        List<String> lines = List.of(Files.readString(period.resolve("manifest.csv"), StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).containsExactly(
                "path,bytes,sha256,audience",
                line("district/results.csv", "district"),
                line("district/区级通报_2025-2026.pdf", "district"),
                line("district/考核结果_2025-2026.xlsx", "district"),
                line("district/\uFF21.txt", "district"),
                line("district/\uD840\uDC00.txt", "district"),
                line("schools/凤凰学区/FH-001_凤凰小学/学校反馈报告_2025-2026.pdf", "school:FH-001"),
                line("schools/凤凰学区/FH-001_凤凰小学/数据问题清单_2025-2026.xlsx", "school:FH-001"),
                line("schools/区直/QZ-002_实验_学校/学校反馈报告_2025-2026.pdf", "school:QZ-002"),
                line("teachers/FH-001/T0001.pdf", "teacher:T0001"),
                line("teachers/QZ-002/T0101.pdf", "teacher:T0101"));
        assertThat(lines).contains("district/区级通报_2025-2026.pdf,0," + EMPTY_SHA + ",district");
    }

    @Test
    void writesTheSameManifestAgainAndReadsThroughALinkedPeriodFolder() throws Exception {
        List<Manifest.Entry> first = Manifest.write(period);
        byte[] written = Files.readAllBytes(period.resolve("manifest.csv"));
        Path link = Files.createSymbolicLink(dir.resolve("published"), period);

        List<Manifest.Entry> second = Manifest.write(link);

        assertThat(second).isEqualTo(first).hasSize(10);
        assertThat(Files.readAllBytes(period.resolve("manifest.csv"))).isEqualTo(written);
        assertThat(period.resolve(".manifest.csv.part")).doesNotExist();
    }

    @Test
    void ordersByCodePointNotByUtf16Unit() {
        assertThat("\uD840\uDC00".compareTo("\uFF21")).isNegative();
        assertThat(Manifest.byCodePoint("\uD840\uDC00", "\uFF21")).isPositive();
        assertThat(Manifest.byCodePoint("a/b", "a/b")).isZero();
        assertThat(Manifest.byCodePoint("a", "a/b")).isNegative();
        assertThat(Manifest.byCodePoint("district/z", "schools/a")).isNegative();
    }

    @Test
    void namesTheAudienceByTheFoldersOfOutputsMd() {
        assertThat(Manifest.audience("district/rejects.csv")).isEqualTo("district");
        assertThat(Manifest.audience("schools/凤凰学区/FH-001_凤凰小学/学校反馈报告_2025-2026.pdf")).isEqualTo("school:FH-001");
        assertThat(Manifest.audience("teachers/FH-001/T0001.pdf")).isEqualTo("teacher:T0001");
        assertThat(Manifest.audience("schools/stray.txt")).as("not in a school's folder").isEqualTo("district");
    }

    private String line(String path, String audience) throws Exception {
        byte[] bytes = Files.readAllBytes(period.resolve(path));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return path + "," + bytes.length + "," + sha + "," + audience;
    }

    private void file(String path, String content) throws Exception {
        Path file = period.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
