package com.homeroom.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the school workbooks of an input folder, in every subfolder, in code-point order of their
 * relative path. Skipped on purpose: the registry itself, hidden files and Office's "~$" lock
 * files (never a school's submission). Everything else is listed, so nothing is dropped unseen.
 */
public final class InputFolder {

    private InputFolder() {
    }

    public static List<InputFile> workbooks(Path input) throws IOException {
        Path root = input.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            // a link to a folder is listed (and rejected as a link), not passed over unseen
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isSkipped(root, p))
                    .map(p -> new InputFile(p, relative(root, p)))
                    .sorted(Comparator.comparing(InputFile::relative))
                    .toList();
        }
    }

    private static boolean isSkipped(Path root, Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~$")) {
            return true;
        }
        return file.getParent().equals(root) && RegistryReader.FILE_NAMES.contains(name);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
