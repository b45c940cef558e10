package com.homeroom.reports;

import java.io.IOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The one font family of every report (declared in {@code homeroom/fonts/fonts.xml}), prepared once
 * per process. OpenPDF keeps parsed fonts in a cache under the key the exporter asks for (path,
 * encoding, embedded), so parsing the 10 MB TrueType files happens here, once, and every document
 * reuses the parsed fonts and only subsets them.
 *
 * <p>Each document still embeds its own subset, and that subset is large whatever the text: OpenPDF
 * keeps the original glyph numbering, so the subset carries the full {@code loca} and {@code hmtx}
 * tables of all 65 535 glyphs (about 280 KB for a one-page report). Deflating that at the default
 * level took 12 ms per font per document, most of a one-page export; at level 1 it takes 3 ms and
 * the compressed font is 8% larger (62 KB instead of 58 KB).
 */
final class EmbeddedFonts {

    static final String FAMILY = "Noto Sans SC";
    static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";
    /** Deflate level of the embedded font subsets: fastest, see the class comment. */
    static final int FONT_COMPRESSION = java.util.zip.Deflater.BEST_SPEED;

    private EmbeddedFonts() {
    }

    static synchronized void prepare() {
        for (String file : new String[] {REGULAR, BOLD}) {
            try {
                BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, null, null);
                font.setSecureRandom(SubsetTags.RANDOM);
                font.setCompressionLevel(FONT_COMPRESSION);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("font " + file + " is not on the classpath (ph-fonts-noto-sans-sc)", e);
            }
        }
    }
}
