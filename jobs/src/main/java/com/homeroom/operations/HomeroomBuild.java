package com.homeroom.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of Homeroom this is (its build time, from {@code homeroom-build.properties}): another
 * build may read workbooks or render documents differently, so neither intake's cache nor a kept
 * document outlives it.
 */
final class HomeroomBuild {

    static final String IDENTITY = read();

    private HomeroomBuild() {
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = HomeroomBuild.class.getResourceAsStream("/homeroom-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("build", "unknown");
    }
}
