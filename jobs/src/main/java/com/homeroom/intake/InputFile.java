package com.homeroom.intake;

import java.nio.file.Path;

/** A school workbook candidate: where it is, and its path relative to the input folder ('/'-separated). */
public record InputFile(Path path, String relative) {
}
