package com.homeroom.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: beside it under a hidden name ({@code .<name>.part}), then
 * renamed over it, so a reader or a killed run never sees half a file.
 */
public final class WholeFile {

    @FunctionalInterface
    public interface Writing {
        void to(Path partial) throws IOException;
    }

    private WholeFile() {
    }

    /** A document's bytes, whole, into its folder (made if missing). */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        write(file, partial -> Files.write(partial, bytes));
    }

    public static void write(Path file, Writing writing) throws IOException {
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            writing.to(partial);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
