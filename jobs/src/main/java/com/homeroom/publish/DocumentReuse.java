package com.homeroom.publish;

import com.homeroom.Sha256;
import com.homeroom.warehouse.RowAppender;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a school's or teacher's document when its data did not change: when its {@code DataDigest}
 * equals the one recorded for the same path in the published folder of the period, and that file
 * is still the one recorded (size and SHA-256 checked, so a file changed by hand, or a folder from
 * a run whose record was not published with it, is never taken), it is hard-linked into the run's
 * working folder (copied where links fail) instead of rendered. Only {@code <out>/<period>} is
 * read, which always points at a complete run's folder, never a half-written one.
 *
 * <p>Every document placed, kept or rendered, is recorded for {@code document_digest}, which is
 * published with the period's rows for the next run to compare against. Files are always replaced
 * by a rename, never rewritten in place: a kept file shares its bytes with the published one.
 */
public final class DocumentReuse {

    /** A row of {@code document_digest}: one document of the period folder and what it was made from. */
    public record Recorded(String path, String digest, String sha256, long bytes) {
    }

    private final String period;
    private final Path root;
    private final Path published;
    private final Map<String, Recorded> before;
    private final List<Recorded> placed = new ArrayList<>();
    private int kept;

    private DocumentReuse(String period, Path root, Path published, Map<String, Recorded> before) {
        this.period = period;
        this.root = root;
        this.published = published;
        this.before = before;
    }

    /**
     * @param root          the run's working period folder
     * @param publishedLink {@code <out>/<period>}, which may not exist yet
     */
    public static DocumentReuse of(Warehouse stage, String period, Path root, Path publishedLink)
            throws SQLException, IOException {
        Path published = Files.isDirectory(publishedLink) ? publishedLink.toRealPath() : null;
        if (published != null && Files.isDirectory(root) && published.equals(root.toRealPath())) {
            published = null; // a restart after its own folder was published: nothing to take from elsewhere
        }
        Map<String, Recorded> before = new HashMap<>();
        try (Connection c = stage.connect();
             PreparedStatement s = SqlResource.prepare(c, "publish/published-documents", Map.of("period", period));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Recorded r = new Recorded(rs.getString("path"), rs.getString("digest"), rs.getString("sha256"),
                        rs.getLong("bytes"));
                before.put(r.path(), r);
            }
        }
        return new DocumentReuse(period, root, published, before);
    }

    /** Takes the published document for {@code file} if it was made from the same data; false: render it. */
    public boolean keep(Path file, String digest) throws IOException {
        String path = Manifest.relative(root, file);
        Recorded recorded = before.get(path);
        if (published == null || recorded == null || !recorded.digest().equals(digest)) {
            return false;
        }
        Path source = published.resolve(path);
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS) || Files.size(source) != recorded.bytes()
                || !Sha256.of(source).equals(recorded.sha256())) {
            return false;
        }
        Files.createDirectories(file.getParent());
        WholeFile.write(file, partial -> {
            Files.deleteIfExists(partial);
            try {
                Files.createLink(partial, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, partial); // another file system, or one without hard links
            }
        });
        placed.add(new Recorded(path, digest, recorded.sha256(), recorded.bytes()));
        kept++;
        return true;
    }

    /** Writes a rendered document (whole, by rename) and records it. */
    public void rendered(Path file, String digest, byte[] bytes) throws IOException {
        WholeFile.write(file, bytes);
        placed.add(new Recorded(Manifest.relative(root, file), digest, Sha256.of(bytes), bytes.length));
    }

    /** Records a document the caller has just written (whole, by rename) itself. */
    public void written(Path file, String digest) throws IOException {
        placed.add(new Recorded(Manifest.relative(root, file), digest, Sha256.of(file), Files.size(file)));
    }

    /** Documents kept so far instead of rendered. */
    public int kept() {
        return kept;
    }

    /**
     * The documents placed since the last call into the stage's {@code document_digest}, in one
     * transaction; a partition done again replaces its rows. (Appended: one INSERT OR REPLACE per
     * row cost 2 ms each, most of a re-run's archive step.)
     */
    public void record(Warehouse stage) throws SQLException {
        if (placed.isEmpty()) {
            return;
        }
        stage.inTransaction(c -> {
            List<String> paths = placed.stream().map(Recorded::path).toList();
            SqlResource.update(c, "publish/forget-documents", Map.of("period", period, "paths", paths));
            try (RowAppender rows = RowAppender.of(c, "document_digest")) {
                for (Recorded r : placed) {
                    rows.begin().text(period).text(r.path()).text(r.digest()).text(r.sha256()).bigint(r.bytes()).end();
                }
            }
            return null;
        });
        placed.clear();
    }
}
