package io.abaco.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RedactingWriterTest {
    @Test
    void aSecretWrittenInPiecesIsStillRedacted() {
        Secrets.register("tok-4f3e2d1c");
        StringWriter target = new StringWriter();
        PrintWriter writer = new PrintWriter(new RedactingWriter(target));

        writer.print("token is tok-4f");
        writer.print("3e2d1c, url jdbc:postgresql://u:pw-9z8y@db/x");
        writer.println();
        writer.print("no newline yet tok-4f3e2d1c");
        writer.flush();

        assertThat(target.toString())
                .isEqualTo("token is ***, url jdbc:postgresql://u:***@db/x" + System.lineSeparator()
                        + "no newline yet ***");
    }

    @Test
    void nothingIsHeldBackAfterAFlush() {
        StringWriter target = new StringWriter();
        PrintWriter writer = new PrintWriter(new RedactingWriter(target));

        writer.print("[2/6] backup ");
        writer.flush();

        assertThat(target.toString()).isEqualTo("[2/6] backup ");
    }
}
