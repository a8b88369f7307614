package io.abaco.pipeline.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSha256Test {
    @Test
    void equalsTheJdkMacForKeysAndMessagesOfEveryLengthAroundTheBlockSize() throws Exception {
        Random random = new Random(7);
        for (int keyLength : new int[] {1, 16, 32, 63, 64, 65, 100, 200}) {
            byte[] key = new byte[keyLength];
            random.nextBytes(key);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            HmacSha256 hmac = new HmacSha256(key);
            for (int messageLength : new int[] {0, 1, 31, 55, 56, 63, 64, 65, 119, 120, 1000}) {
                byte[] message = new byte[messageLength];
                random.nextBytes(message);
                assertThat(hmac.mac(message))
                        .as("key %d bytes, message %d bytes", keyLength, messageLength)
                        .isEqualTo(mac.doFinal(message));
            }
        }
    }

    @Test
    void messagesDoNotLeakIntoEachOther() throws Exception {
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        HmacSha256 hmac = new HmacSha256(key);
        byte[] first = hmac.mac("Ada".getBytes(StandardCharsets.UTF_8));
        hmac.mac("something else entirely".getBytes(StandardCharsets.UTF_8));
        assertThat(hmac.mac("Ada".getBytes(StandardCharsets.UTF_8))).isEqualTo(first);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        assertThat(first).isEqualTo(mac.doFinal("Ada".getBytes(StandardCharsets.UTF_8)));
    }
}
