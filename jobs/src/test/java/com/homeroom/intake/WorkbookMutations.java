package com.homeroom.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Spoils a valid workbook the ways a damaged disk, a bad upload or a careless tool would, for the
 * fuzz test: bytes flipped inside an XML part (inflated, changed, deflated again, so that the zip
 * stays sound and the XML reader is what meets the damage), elements of a part shuffled, a part
 * deleted, the file cut short, bytes of the zip itself flipped. Deterministic for a given random.
 */
final class WorkbookMutations {

    enum Kind { FLIP_XML, SHUFFLE_XML, DELETE_PART, TRUNCATE, FLIP_FILE }

    record Variant(Kind kind, String detail, byte[] bytes) {
    }

    /** Elements that repeat within a part, so that shuffling them makes a different document. */
    private static final List<Pattern> REPEATED = List.of(
            Pattern.compile("<row [^>]*>.*?</row>", Pattern.DOTALL),
            Pattern.compile("<c [^>]*/>|<c [^>]*>.*?</c>", Pattern.DOTALL),
            Pattern.compile("<si>.*?</si>", Pattern.DOTALL),
            Pattern.compile("<sheet [^>]*/>"),
            Pattern.compile("<Relationship [^>]*/>"),
            Pattern.compile("<Override [^>]*/>"),
            Pattern.compile("<xf [^>]*/>|<xf [^>]*>.*?</xf>", Pattern.DOTALL),
            Pattern.compile("<mergeCell [^>]*/>"),
            Pattern.compile("<(sheetViews|sheetFormatPr|cols|sheetData|mergeCells|pageMargins|dimension)[ >/].*?(</\\1>|/>)",
                    Pattern.DOTALL));

    private WorkbookMutations() {
    }

    static Variant mutate(byte[] workbook, Kind kind, SplittableRandom random) {
        try {
            return switch (kind) {
                case FLIP_XML -> flipXml(workbook, random);
                case SHUFFLE_XML -> shuffleXml(workbook, random);
                case DELETE_PART -> deletePart(workbook, random);
                case TRUNCATE -> {
                    int length = random.nextInt(workbook.length);
                    yield new Variant(kind, "cut at " + length, Arrays.copyOf(workbook, length));
                }
                case FLIP_FILE -> {
                    byte[] bytes = workbook.clone();
                    int flips = 1 + random.nextInt(8);
                    for (int i = 0; i < flips; i++) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                    }
                    yield new Variant(kind, flips + " bytes", bytes);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Variant flipXml(byte[] workbook, SplittableRandom random) throws IOException {
        Map<String, byte[]> parts = parts(workbook);
        String part = randomXmlPart(parts, random);
        byte[] xml = parts.get(part).clone();
        int flips = 1 + random.nextInt(6);
        for (int i = 0; i < flips; i++) {
            xml[random.nextInt(xml.length)] ^= (byte) (1 + random.nextInt(255));
        }
        parts.put(part, xml);
        return new Variant(Kind.FLIP_XML, flips + " bytes in " + part, zip(parts));
    }

    private static Variant shuffleXml(byte[] workbook, SplittableRandom random) throws IOException {
        Map<String, byte[]> parts = parts(workbook);
        for (int attempt = 0; attempt < 20; attempt++) {
            String part = randomXmlPart(parts, random);
            String xml = new String(parts.get(part), StandardCharsets.UTF_8);
            Pattern pattern = REPEATED.get(random.nextInt(REPEATED.size()));
            List<int[]> spans = new ArrayList<>();
            for (Matcher m = pattern.matcher(xml); m.find(); ) {
                spans.add(new int[]{m.start(), m.end()});
            }
            if (spans.size() < 2) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            spans.forEach(s -> pieces.add(xml.substring(s[0], s[1])));
            for (int i = pieces.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                String swap = pieces.get(i);
                pieces.set(i, pieces.get(j));
                pieces.set(j, swap);
            }
            StringBuilder shuffled = new StringBuilder();
            int at = 0;
            for (int i = 0; i < spans.size(); i++) {
                shuffled.append(xml, at, spans.get(i)[0]).append(pieces.get(i));
                at = spans.get(i)[1];
            }
            shuffled.append(xml.substring(at));
            parts.put(part, shuffled.toString().getBytes(StandardCharsets.UTF_8));
            return new Variant(Kind.SHUFFLE_XML, spans.size() + " of " + pattern.pattern().split("[ \\[]")[0] + " in " + part,
                    zip(parts));
        }
        return deletePart(workbook, random);
    }

    private static Variant deletePart(byte[] workbook, SplittableRandom random) throws IOException {
        Map<String, byte[]> parts = parts(workbook);
        List<String> names = new ArrayList<>(parts.keySet());
        String part = names.get(random.nextInt(names.size()));
        parts.remove(part);
        return new Variant(Kind.DELETE_PART, part, zip(parts));
    }

    private static String randomXmlPart(Map<String, byte[]> parts, SplittableRandom random) {
        List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        return xml.get(random.nextInt(xml.size()));
    }

    static Map<String, byte[]> parts(byte[] workbook) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
