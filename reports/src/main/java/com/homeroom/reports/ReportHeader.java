package com.homeroom.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every PDF states about itself: the period, who issues it, the date printed as 生成时间
 * (the run's {@code --as-of} date, never the clock) and the lineage of its data.
 *
 * @param period           assessment period, e.g. {@code 2025-2026}
 * @param issuingBody      printed under the title and in the signature block
 * @param generatedOn      printed as 生成时间; also the PDF's creation date
 * @param schemeHash       SHA-256 (hex) of the scheme file the results were scored with
 * @param inputFingerprint fingerprint (hex) of the input files of the run
 * @param dataDigest       {@link DataDigest} of the document's own record, or null: a school's or a
 *                         teacher's document names it instead of the input fingerprint, so that it
 *                         stays the same file when another school's workbook changes (and a re-run
 *                         can keep it); the district's documents depend on every input and keep the
 *                         fingerprint
 */
public record ReportHeader(String period, String issuingBody, LocalDate generatedOn, String schemeHash,
                           String inputFingerprint, String dataDigest) {

    /** The bureau and the leadership group's office, as the policy document names them. */
    public static final String DEFAULT_ISSUING_BODY = "区教体局　全区加强班主任工作领导小组办公室";

    private static final int SHORT_HASH = 12;

    public ReportHeader {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(schemeHash, "schemeHash");
        Objects.requireNonNull(inputFingerprint, "inputFingerprint");
    }

    public ReportHeader(String period, String issuingBody, LocalDate generatedOn, String schemeHash,
                        String inputFingerprint) {
        this(period, issuingBody, generatedOn, schemeHash, inputFingerprint, null);
    }

    public static ReportHeader of(String period, LocalDate generatedOn, String schemeHash, String inputFingerprint) {
        return new ReportHeader(period, DEFAULT_ISSUING_BODY, generatedOn, schemeHash, inputFingerprint);
    }

    /** 生成时间 as a Chinese date: {@code 2026年7月15日}. */
    public String generatedText() {
        return Labels.date(generatedOn);
    }

    /** The same header naming the digest of the document's own data instead of the run's inputs. */
    public ReportHeader withDataDigest(String digest) {
        return new ReportHeader(period, issuingBody, generatedOn, schemeHash, inputFingerprint,
                Objects.requireNonNull(digest, "digest"));
    }

    /**
     * The small line on every page that tells which data produced the document: the run's input
     * fingerprint, or (school and teacher documents) the digest of the document's own data.
     */
    public String lineage() {
        return "数据来源：考核周期 " + period + " · 方案 " + shortHash(schemeHash)
                + (dataDigest == null ? " · 输入 " + shortHash(inputFingerprint) : " · 数据 " + shortHash(dataDigest));
    }

    static String shortHash(String hex) {
        String clean = hex.startsWith("sha256:") ? hex.substring("sha256:".length()) : hex;
        return clean.length() <= SHORT_HASH ? clean : clean.substring(0, SHORT_HASH);
    }
}
