package io.github.wenshu.reliability;

import io.github.wenshu.read.JsonReader;
import io.github.wenshu.read.ReadException;
import io.github.wenshu.read.ReadOptions;
import io.github.wenshu.read.Readers;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by {@link LimitsTest}: reads a huge JSON file once by path (refused by
 * its size before parsing) and once as a stream (refused after the limit's worth of bytes) and prints
 * {@code path MS stream MS peak MB} — or the exception that should not have happened.
 */
public final class HugeInputChild {

    private HugeInputChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long t0 = System.nanoTime();
        try {
            Readers.read(file);
            System.out.println("NOT REFUSED by path");
            return;
        } catch (ReadException expected) {
            System.err.println(expected.getMessage());
        }
        long t1 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            new JsonReader().read(in, ReadOptions.forFile(file));
            System.out.println("NOT REFUSED as a stream");
            return;
        } catch (ReadException expected) {
            System.err.println(expected.getMessage());
        }
        long t2 = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("path %d stream %d peak %d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                peak >> 20);
    }
}
