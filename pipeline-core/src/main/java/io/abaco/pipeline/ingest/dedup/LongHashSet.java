package io.abaco.pipeline.ingest.dedup;

/**
 * A set of 64-bit values in one primitive array (open addressing, linear probing), so ten million keys cost about
 * 128 MiB at most instead of gigabytes of boxed entries. The table doubles when it is 70% full; while doubling, the
 * old and new arrays live together (about 200 MiB at 10M entries).
 *
 * <p>Values are expected to be well mixed hashes: the slot is taken from their bits directly. Not thread-safe.
 */
public final class LongHashSet {
    private static final int MAX_CAPACITY = 1 << 30;
    private static final long EMPTY = 0L;

    private long[] slots;
    private int size;
    private int resizeAt;
    private boolean containsEmptyMarker;

    public LongHashSet() {
        this(1 << 16);
    }

    /** @param initialCapacity slots to start with, rounded up to a power of two */
    public LongHashSet(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(16, initialCapacity - 1)) << 1;
        allocate(Math.min(capacity, MAX_CAPACITY));
    }

    /** @return true when the value was not in the set yet (and is now) */
    public boolean add(long value) {
        if (value == EMPTY) {
            if (containsEmptyMarker) return false;
            containsEmptyMarker = true;
            size++;
            return true;
        }
        int mask = slots.length - 1;
        int index = (int) (value ^ (value >>> 32)) & mask;
        while (true) {
            long slot = slots[index];
            if (slot == EMPTY) break;
            if (slot == value) return false;
            index = (index + 1) & mask;
        }
        slots[index] = value;
        if (++size >= resizeAt) grow();
        return true;
    }

    public boolean contains(long value) {
        if (value == EMPTY) return containsEmptyMarker;
        int mask = slots.length - 1;
        int index = (int) (value ^ (value >>> 32)) & mask;
        while (true) {
            long slot = slots[index];
            if (slot == EMPTY) return false;
            if (slot == value) return true;
            index = (index + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        if (slots.length >= MAX_CAPACITY) {
            throw new IllegalStateException("deduplication set is full (" + size + " keys)");
        }
        long[] old = slots;
        allocate(old.length << 1);
        int mask = slots.length - 1;
        for (long value : old) {
            if (value == EMPTY) continue;
            int index = (int) (value ^ (value >>> 32)) & mask;
            while (slots[index] != EMPTY) index = (index + 1) & mask;
            slots[index] = value;
        }
    }

    private void allocate(int capacity) {
        slots = new long[capacity];
        resizeAt = (int) (capacity * 0.7);
    }
}
