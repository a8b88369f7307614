package io.abaco.pipeline.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTest {
    @Test
    void behavesLikeASetThroughManyResizes() {
        LongHashSet set = new LongHashSet(16);
        Set<Long> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long value = random.nextInt(100_000) * 0x9E3779B97F4A7C15L; // repeats on purpose
            assertThat(set.add(value)).isEqualTo(reference.add(value));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        for (long value : reference) assertThat(set.contains(value)).isTrue();
        assertThat(set.contains(7)).isEqualTo(reference.contains(7L));
    }

    @Test
    void zeroIsAValueLikeAnyOther() {
        LongHashSet set = new LongHashSet();
        assertThat(set.contains(0)).isFalse();
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.contains(0)).isTrue();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void keyHashSeparatesValuesAndTrimsThem() {
        long ab_c = KeyHasher.finish(KeyHasher.add(KeyHasher.add(KeyHasher.start(), "ab"), "c"));
        long a_bc = KeyHasher.finish(KeyHasher.add(KeyHasher.add(KeyHasher.start(), "a"), "bc"));
        long spaced = KeyHasher.finish(KeyHasher.add(KeyHasher.add(KeyHasher.start(), " ab\t"), "c "));
        assertThat(ab_c).isNotEqualTo(a_bc).isEqualTo(spaced);
        long missing = KeyHasher.finish(KeyHasher.add(KeyHasher.start(), null));
        long empty = KeyHasher.finish(KeyHasher.add(KeyHasher.start(), ""));
        assertThat(missing).isEqualTo(empty);
    }

    @Test
    void sequentialLoanIdsDoNotCollide() {
        LongHashSet set = new LongHashSet();
        for (int i = 0; i < 1_000_000; i++) {
            long hash = KeyHasher.add(KeyHasher.start(), "L" + i);
            assertThat(set.add(KeyHasher.finish(KeyHasher.add(hash, "2024-01-31"))))
                    .isTrue();
        }
    }
}
