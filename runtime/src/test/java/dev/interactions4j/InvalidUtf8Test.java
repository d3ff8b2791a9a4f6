package dev.interactions4j;

import static dev.interactions4j.HostileServer.EVENT_STREAM;
import static dev.interactions4j.HostileServer.completed;
import static dev.interactions4j.HostileServer.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireFormatException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bytes that are not UTF-8 in an answer are a {@link WireFormatException} whichever way the answer
 * comes, unary or streamed: never text with replacement characters standing in for what the model
 * wrote.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class InvalidUtf8Test {
  private static final InteractionRequest HELLO = InteractionRequest.model(Clients.MODEL).input("Hello").build();
  /** A lone continuation byte and a truncated two-byte sequence: neither is UTF-8. */
  private static final byte[] NOT_UTF8 = {(byte) 0x80, (byte) 0xC3};

  private static byte[] join(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void unaryAnswer_isAWireFormatException() {
    String answer = HostileServer.answer("v1_bytes", "@@");
    byte[] body = join(answer.substring(0, answer.indexOf("@@")), NOT_UTF8, answer.substring(answer.indexOf("@@") + 2));
    try (HostileServer server = HostileServer.start((request, out) -> out.head(200, "Content-Type: application/json",
        "Content-Length: " + body.length).write(body)); GeminiClient client = Clients.hostile(server).build()) {
      assertThrows(WireFormatException.class, () -> client.create(HELLO));
    }
  }

  @Test
  void streamedEvent_isAWireFormatExceptionNamingTheInteraction() {
    String delta = HostileServer.textDelta("e2", "@@");
    byte[] event = join(delta.substring(0, delta.indexOf("@@")), NOT_UTF8, delta.substring(delta.indexOf("@@") + 2));
    try (HostileServer server = HostileServer.start((request, out) -> out.head(200, EVENT_STREAM)
        .write(created("e1", "v1_bytes")).write(event).write(completed("e3", "v1_bytes")));
        GeminiClient client = Clients.hostile(server).build()) {
      WireFormatException failure;
      try (InteractionStream stream = client.stream(HELLO)) {
        failure = assertThrows(WireFormatException.class, stream::result);
      }
      assertEquals("v1_bytes", failure.interactionId().orElseThrow());
      assertTrue(failure.getMessage().contains("UTF-8"), failure.getMessage());
      assertEquals(1, server.requests().size(), "bad bytes are not a broken connection: no resume");
    }
  }
}
