package com.homeroom.reports;

import java.util.Objects;

/**
 * Optional passwords for one PDF (standard 128-bit RC4 encryption, printing and copying allowed).
 * An encrypted PDF is not byte-identical across runs: the PDF library draws the encryption's
 * document ID at random.
 *
 * @param user  needed to open the document
 * @param owner needed to change its permissions; defaults to the user password when blank
 */
public record PdfPasswords(String user, String owner) {

    public PdfPasswords {
        Objects.requireNonNull(user, "user");
        if (user.isBlank()) {
            throw new IllegalArgumentException("user password is blank");
        }
        owner = owner == null || owner.isBlank() ? user : owner;
    }

    @Override
    public String toString() {
        return "PdfPasswords[***]";
    }
}
