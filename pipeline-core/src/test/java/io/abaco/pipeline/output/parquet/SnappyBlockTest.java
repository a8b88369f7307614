package io.abaco.pipeline.output.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.airlift.compress.snappy.SnappyDecompressor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every compressed block decompresses, with an independent Snappy implementation, to the original bytes. */
class SnappyBlockTest {
    static Stream<byte[]> inputs() {
        Random random = new Random(42);
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        ByteBuffer doubles = ByteBuffer.allocate(8 * 50_000).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 50_000; i++) doubles.putDouble(i % 5 == 0 ? random.nextInt(1_000_000) / 100.0 : 0.0);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
            text.append("RCV-")
                    .append(String.format("%07d", i / 6))
                    .append("2025-0")
                    .append(i % 6);
        byte[] shortRuns = new byte[70_000];
        for (int i = 0; i < shortRuns.length; i++) shortRuns[i] = (byte) (i / 3 % 7);
        return Stream.of(
                new byte[0],
                new byte[] {1},
                "abcdabcdabcdabcd".getBytes(StandardCharsets.US_ASCII),
                new byte[100_000], // one long run: overlapping copies of 64
                noise, // nothing to find: literals only, skipping
                doubles.array(),
                text.toString().getBytes(StandardCharsets.US_ASCII),
                shortRuns,
                concat(noise, noise)); // a match 200 KB back is out of reach: literal again
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void decompressesToTheInput(byte[] input) {
        byte[] compressed = new byte[SnappyBlock.maxCompressedLength(input.length)];
        int length = new SnappyBlock().compress(input, input.length, compressed);

        byte[] output = new byte[input.length];
        int written = new SnappyDecompressor().decompress(compressed, 0, length, output, 0, output.length);

        assertThat(written).isEqualTo(input.length);
        assertThat(output).isEqualTo(input);
        assertThat(SnappyDecompressor.getUncompressedLength(compressed, 0)).isEqualTo(input.length);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void compressesWhatRepeats(byte[] input) {
        byte[] compressed = new byte[SnappyBlock.maxCompressedLength(input.length)];
        int length = new SnappyBlock().compress(input, input.length, compressed);
        if (input.length == 100_000) assertThat(length).isLessThan(5_000);
        assertThat(length).isLessThanOrEqualTo(SnappyBlock.maxCompressedLength(input.length));
    }

    @org.junit.jupiter.api.Test
    void matchesShorterThanEightBytesStayLiteralsLongerOnesAreCopies() {
        // distinct amounts share their high bytes, so 4-7-byte matches abound: not worth a copy each
        Random random = new Random(7);
        ByteBuffer amounts = ByteBuffer.allocate(8 * 50_000).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 50_000; i++) amounts.putDouble(10_000 + random.nextInt(9_000_000) / 100.0);
        byte[] compressed = new byte[SnappyBlock.maxCompressedLength(amounts.capacity())];
        int length = new SnappyBlock().compress(amounts.array(), amounts.capacity(), compressed);
        assertThat(length).isGreaterThanOrEqualTo(amounts.capacity());

        byte[] ids = "RCV-0000001,RCV-0000002,".repeat(1_000).getBytes(StandardCharsets.US_ASCII);
        length = new SnappyBlock().compress(ids, ids.length, compressed);
        assertThat(length).isLessThan(ids.length / 20);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
