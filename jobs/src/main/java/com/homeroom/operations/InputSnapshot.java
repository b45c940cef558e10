package com.homeroom.operations;

import com.homeroom.Sha256;
import com.homeroom.intake.InputFile;
import com.homeroom.intake.InputFolder;
import com.homeroom.intake.RegistryReader;
import com.homeroom.warehouse.IntakeBasis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The input folder as a new run finds it: every workbook's SHA-256 and time, and the basis the
 * rows read from them depend on besides their bytes: the scheme, the registry, the file-size limit
 * and the build. Links are left out (intake judges them again each run: where they lead may change).
 */
final class InputSnapshot {

    private static final String BUILD = HomeroomBuild.IDENTITY;

    private InputSnapshot() {
    }

    static IntakeBasis of(Path input, String schemeHash, long maxFileBytes) throws IOException {
        StringBuilder basis = new StringBuilder("scheme=" + schemeHash + "\nmax-file-bytes=" + maxFileBytes
                + "\nbuild=" + BUILD + "\n");
        for (Path registry : RegistryReader.locate(input).map(List::of).orElse(List.of())) {
            basis.append("registry=").append(Sha256.of(registry)).append('\n');
        }
        List<IntakeBasis.FileState> files = new ArrayList<>();
        for (InputFile f : InputFolder.workbooks(input)) {
            if (Files.isRegularFile(f.path(), LinkOption.NOFOLLOW_LINKS) && Files.isReadable(f.path())) {
                files.add(new IntakeBasis.FileState(f.relative(), Sha256.of(f.path()), LocalDateTime.ofInstant(
                        Files.getLastModifiedTime(f.path()).toInstant(), ZoneOffset.UTC)));
            }
        }
        return new IntakeBasis(Sha256.of(basis.toString()), files);
    }
}
