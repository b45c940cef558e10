package com.homeroom.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A period's output folder, published in one switch. A run writes into its own version folder
 * ({@code <out>/.versions/<period>-<run key>}); publishing points {@code <out>/<period>} at it by
 * renaming a fresh symbolic link over the old one, which the file system does atomically. A
 * reader of {@code <out>/<period>/…} sees the old complete set or the new one, never a mix.
 */
public final class PeriodFolder {

    static final String VERSIONS = ".versions";

    private final Path out;
    private final String period;

    public PeriodFolder(Path out, String period) {
        this.out = out;
        this.period = period;
    }

    /** Where a run with this key writes; a restart of the same run gets the same folder back. */
    public Path working(String runKey) {
        return out.resolve(VERSIONS).resolve(period + "-" + runKey);
    }

    /** The published folder as readers use it. */
    public Path published() {
        return out.resolve(period);
    }

    /** Switches {@code <out>/<period>} to the run's folder and removes the version it replaced. */
    public void publish(String runKey) throws IOException {
        Path target = working(runKey);
        if (!Files.isDirectory(target)) {
            throw new IOException("nothing to publish: " + target);
        }
        Path link = published();
        Path previous = Files.isSymbolicLink(link) ? link.resolveSibling(Files.readSymbolicLink(link)).normalize() : null;
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            // an output folder from before versioning: move it aside so the link can take its place
            Path aside = out.resolve(VERSIONS).resolve(period + "-unversioned");
            deleteTree(aside);
            Files.move(link, aside);
            previous = aside;
        }
        Path fresh = out.resolve("." + period + ".link-" + runKey);
        Files.deleteIfExists(fresh);
        Files.createSymbolicLink(fresh, out.relativize(target));
        Files.move(fresh, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (previous != null && !previous.equals(target.normalize())) {
            deleteTree(previous);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw new UncheckedIOException(e);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
