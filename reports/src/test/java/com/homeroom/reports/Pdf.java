package com.homeroom.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back with PDFBox: text per page and the fonts used. */
record Pdf(List<String> pages, List<PDFont> fonts, int pageCount) {

    static Pdf read(byte[] bytes) {
        return read(bytes, "");
    }

    static Pdf read(byte[] bytes, String password) {
        try (PDDocument document = Loader.loadPDF(bytes, password)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            return new Pdf(pages, fonts, document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages' text with line breaks and spaces removed, for order-sensitive searches. */
    String compact() {
        return String.join("", pages).replaceAll("\\s+", "");
    }

    String page(int number) {
        return pages.get(number - 1).replaceAll("\\s+", "");
    }
}
