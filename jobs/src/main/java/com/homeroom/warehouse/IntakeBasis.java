package com.homeroom.warehouse;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a run's intake reads its files against (a hash of the scheme, the registry, the limits and
 * the build), and the input files as they are now: a file whose SHA-256 and basis are those the
 * published period was read with keeps its rows instead of being read again.
 */
public record IntakeBasis(String basis, List<FileState> files) {

    /** One input file as it is now; {@code modified} in UTC, as intake stores it. */
    public record FileState(String file, String sha256, LocalDateTime modified) {
    }

    public IntakeBasis {
        files = List.copyOf(files);
    }
}
