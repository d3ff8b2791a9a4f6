package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseReaderTest {
  private static SseReader reader(String text) {
    return new SseReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20);
  }

  @Test
  void readsEventsWithCrLf_commentsAndMultiLineData() throws IOException {
    SseReader reader = reader(": keep-alive\r\nevent: step.delta\r\ndata: {\"a\":\r\ndata: 1}\r\n\r\nevent: done\ndata: [DONE]\n\n");

    assertEquals(new SseReader.Event("step.delta", "{\"a\":\n1}"), reader.next());
    SseReader.Event done = reader.next();
    assertTrue(done.isDone());
    assertNull(reader.next());
  }

  @Test
  void anEventCutBeforeItsBlankLine_isNotDelivered() throws IOException {
    SseReader reader = reader("event: step.delta\ndata: {\"a\":1}\n\nevent: step.delta\ndata: {\"b\":");

    assertEquals("{\"a\":1}", reader.next().data());
    assertNull(reader.next(), "the half event is a broken stream, not an event");
  }

  @Test
  void dataWithoutEventLine_andNoSpaceAfterColon() throws IOException {
    assertEquals(new SseReader.Event(null, "{}"), reader("data:{}\n\n").next());
  }
}
