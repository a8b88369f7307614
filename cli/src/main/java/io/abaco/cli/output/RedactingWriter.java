package io.abaco.cli.output;

import io.abaco.config.Secrets;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes every line through {@link Secrets#redact} before it reaches the terminal, so no command can
 * print a secret by accident (DESIGN §12.5). Text is held until a line ends or the writer is flushed, so a secret is
 * never split across two writes. Not thread-safe (used behind a {@link java.io.PrintWriter}, which locks).
 */
public final class RedactingWriter extends Writer {
    private final Writer delegate;
    private final StringBuilder pending = new StringBuilder();

    public RedactingWriter(Writer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int index = offset; index < offset + length; index++) {
            char character = buffer[index];
            pending.append(character);
            if (character == '\n') emitPending();
        }
    }

    @Override
    public void flush() throws IOException {
        emitPending();
        delegate.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        delegate.close();
    }

    private void emitPending() throws IOException {
        if (pending.length() == 0) return;
        delegate.write(Secrets.redact(pending.toString()));
        pending.setLength(0);
    }
}
