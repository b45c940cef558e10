package com.homeroom.operations;

import com.homeroom.intake.Registry;
import com.homeroom.intake.RegistryException;
import com.homeroom.intake.RegistryReader;
import com.homeroom.intake.WorkbookOpener;
import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.SchemeException;
import com.homeroom.scoring.SchemeLoader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The registry and the scheme a command needs before it can start, or one clear message on the
 * error stream saying why it cannot (the caller then exits 3).
 */
record RunInputs(Registry registry, Scheme scheme) {

    static Optional<RunInputs> load(Path input, Path schemeFile, PrintWriter err) {
        try {
            Scheme scheme = schemeFile == null ? SchemeLoader.loadDefault() : SchemeLoader.load(schemeFile);
            return Optional.of(new RunInputs(new RegistryReader(new WorkbookOpener(Long.MAX_VALUE)).read(input), scheme));
        } catch (RegistryException e) {
            err.println("homeroom: " + e.getMessage());
            e.problems().forEach(p -> err.println("  " + p));
        } catch (SchemeException | IOException e) {
            err.println("homeroom: 考核方案无法使用：" + e.getMessage());
        }
        return Optional.empty();
    }
}
