package com.homeroom.reports;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * Reproducible font subset tags ({@code ABCDEF+NotoSansSC-Regular}). OpenPDF draws the six letters
 * from the {@link SecureRandom} of the font, and the font object is shared by every document of the
 * process. This random is given to the shared fonts; it answers from a per-thread sequence that
 * {@link #restart()} resets before each export, so a document's tags depend only on its own
 * content, whatever other threads export meanwhile.
 */
final class SubsetTags extends SecureRandom {

    private static final long serialVersionUID = 1L;
    private static final long SEED = 0x486f6d65726f6f6dL;
    static final SubsetTags RANDOM = new SubsetTags();

    private static final ThreadLocal<SplittableRandom> SEQUENCE =
            ThreadLocal.withInitial(() -> new SplittableRandom(SEED));

    private SubsetTags() {
        super(new byte[0]);
    }

    /** Starts the calling thread's sequence over; call before each document. */
    static void restart() {
        SEQUENCE.set(new SplittableRandom(SEED));
    }

    @Override
    public double nextDouble() {
        return SEQUENCE.get().nextDouble();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        SplittableRandom sequence = SEQUENCE.get();
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) sequence.nextInt(256);
        }
    }
}
