package io.abaco.cutover.lock;

import io.abaco.cutover.report.CutoverJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads and writes the owner record inside the lock file through the channel that holds (or probes) the lock. */
final class LockFileCodec {
    private LockFileCodec() {}

    static String read(FileChannel channel) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long position = 0;
        int read;
        while ((read = channel.read(buffer, position)) > 0) {
            bytes.write(buffer.array(), 0, read);
            position += read;
            buffer.clear();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static Optional<LockOwner> parse(String content) {
        if (content == null || content.isBlank()) return Optional.empty();
        try {
            LockOwner owner = CutoverJson.compact().readValue(content, LockOwner.class);
            return owner.command() == null ? Optional.empty() : Optional.of(owner);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void write(FileChannel channel, LockOwner owner) throws IOException {
        byte[] json = (CutoverJson.compact().writeValueAsString(owner) + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        ByteBuffer buffer = ByteBuffer.wrap(json);
        long position = 0;
        while (buffer.hasRemaining()) position += channel.write(buffer, position);
        channel.force(true);
    }
}
