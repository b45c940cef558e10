package com.homeroom.publish;

import com.homeroom.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code <period>/manifest.csv}: every file of the period folder with its size, SHA-256 and who it
 * is for, sorted by path in code-point order, so a recipient can check what they were given and the
 * district can tell which files changed between two runs.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.csv";
    public static final List<String> HEADER = List.of("path", "bytes", "sha256", "audience");
    private static final String PARTIAL = "." + FILE_NAME + ".part"; // WholeFile's name for it while it is written

    /** @param path relative to the period folder, with '/' */
    public record Entry(String path, long bytes, String sha256, String audience) {
    }

    private Manifest() {
    }

    /** Lists the files under periodDir (all but manifest.csv itself) and writes them to its manifest.csv. */
    public static List<Entry> write(Path periodDir) throws IOException {
        List<Entry> entries = entries(periodDir);
        WholeFile.write(periodDir.resolve(FILE_NAME), partial -> {
            try (CsvWriter csv = new CsvWriter(partial, HEADER)) {
                for (Entry e : entries) {
                    csv.row(List.of(e.path(), e.bytes(), e.sha256(), e.audience()));
                }
            }
        });
        return entries;
    }

    /** The regular files under periodDir (links are not followed) but the manifest's own, sorted by path. */
    static List<Entry> entries(Path periodDir) throws IOException {
        Path root = periodDir.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path f : files) {
            String path = relative(root, f);
            if (!path.equals(FILE_NAME) && !path.equals(PARTIAL)) {
                entries.add(new Entry(path, Files.size(f), Sha256.of(f), audience(path)));
            }
        }
        entries.sort((a, b) -> byCodePoint(a.path(), b.path()));
        return entries;
    }

    /**
     * {@code school:<学校代码>} for {@code schools/<学区>/<学校代码>_<学校名称>/…}, {@code teacher:<教师编号>}
     * for {@code teachers/<学校代码>/<教师编号>.pdf}, and {@code district} for the rest: the district
     * holds every file, so whatever is not addressed to a school or teacher is the district's.
     */
    static String audience(String path) {
        String[] parts = path.split("/");
        if (parts[0].equals("schools") && parts.length >= 4) {
            String folder = parts[2];
            int cut = folder.indexOf('_');
            return "school:" + (cut < 0 ? folder : folder.substring(0, cut));
        }
        if (parts[0].equals("teachers") && parts.length == 3) {
            String name = parts[2];
            int dot = name.lastIndexOf('.');
            return "teacher:" + (dot <= 0 ? name : name.substring(0, dot));
        }
        return "district";
    }

    /** Unicode code-point order (String.compareTo compares UTF-16 units, which differs above U+FFFF). */
    static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** file's path under root with '/', as the manifest lists it. */
    static String relative(Path root, Path file) {
        List<String> names = new ArrayList<>();
        root.relativize(file).forEach(n -> names.add(n.toString()));
        return String.join("/", names);
    }
}
