package io.abaco.pipeline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.InputDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextReaderTest {
    private static final String TEXT = "name,note\nÅsa,🙂 ok\r\nZoë,\"multi\rline\"\n";

    @Test
    void decodesCharByCharIncludingSupplementaryCharacters() throws IOException {
        Reader reader = new Utf8TextReader(stream(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8)), "t.csv");
        StringBuilder out = new StringBuilder();
        for (int c = reader.read(); c >= 0; c = reader.read()) out.append((char) c);
        assertThat(out.toString()).isEqualTo(TEXT);
    }

    @Test
    void decodesThroughTinyUnderlyingReads() throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        Reader reader = new Utf8TextReader(trickle, "t.csv");
        char[] buffer = new char[3];
        StringBuilder out = new StringBuilder();
        for (int n = reader.read(buffer, 0, 3); n >= 0; n = reader.read(buffer, 0, 3)) out.append(buffer, 0, n);
        assertThat(out.toString()).isEqualTo(TEXT);
    }

    @Test
    void linesCountCrLfOnceAndLoneCrAsABreak() {
        byte[] head = "a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // truncated two-byte sequence at the end of the input
        Reader reader = new Utf8TextReader(stream(bytes), "t.csv");
        assertThatThrownBy(() -> {
                    char[] buffer = new char[64];
                    while (reader.read(buffer, 0, 64) >= 0) {
                        // reading to the bad byte
                    }
                })
                .isInstanceOf(InputDataException.class)
                .hasMessage("t.csv:4: invalid UTF-8 byte sequence (byte 0xC3)");
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
