package io.abaco.validation.check;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Bytes allocated by the current thread, from {@code com.sun.management.ThreadMXBean} when the JVM offers it, else
 * the growth of the used heap (coarser: other threads and collections blur it).
 */
final class AllocationMeter {
    private final com.sun.management.ThreadMXBean threads;
    private final long start;

    private AllocationMeter(com.sun.management.ThreadMXBean threads) {
        this.threads = threads;
        this.start = current();
    }

    static AllocationMeter start() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled()) {
            return new AllocationMeter(threads);
        }
        return new AllocationMeter(null);
    }

    /** How the bytes are measured: {@code thread_allocated_bytes} or {@code heap_delta}. */
    String method() {
        return threads != null ? "thread_allocated_bytes" : "heap_delta";
    }

    long bytesSinceStart() {
        return Math.max(0, current() - start);
    }

    private long current() {
        if (threads != null)
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
