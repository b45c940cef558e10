package com.homeroom.operations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One run at a time under a data folder: DuckDB and H2 files are single-process. The lock is an
 * operating-system file lock, so it dies with its process — a killed run never leaves it held.
 * The file also says who holds it (pid, period, start) so a second run can name the running one.
 */
public final class RunLock implements AutoCloseable {

    static final String FILE_NAME = "run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another live process holds it. */
    public static Optional<RunLock> tryAcquire(Path dataDir, String period) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME),
                StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        String holder = "进程 " + ProcessHandle.current().pid() + "，考核周期 " + period + "，开始于 "
                + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new RunLock(channel, lock));
    }

    /** Who holds the lock, as its holder wrote it. */
    public static String holder(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "未知";
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
