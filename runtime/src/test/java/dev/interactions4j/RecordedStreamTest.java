package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Streams of recorded shapes (src/test/resources/streams), sent over HTTP, assemble to the unary
 * answer beside them: typed tool deltas, media by uri and by data, deltas and summary content
 * without their inner type, usage from an event's metadata, times and tier from the completion.
 */
@ExtendWith(SimulatorExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RecordedStreamTest {
  @Test
  void groundedResearchStream_assemblesToTheUnaryAnswer(Simulator simulator) throws IOException {
    simulator.faults().respondNext(200, "text/event-stream", resource("grounded-research.sse"));
    Interaction unary = WireJson.readInteraction(resource("grounded-research.json"));

    Interaction streamed;
    try (GeminiClient client = Clients.client(simulator);
        InteractionStream stream = client.stream(InteractionRequest.model(Clients.MODEL).input("Research tides").build())) {
      streamed = stream.result();
    }

    StreamEqualsUnaryTest.assertSame(unary, streamed);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RecordedStreamTest.class.getResourceAsStream("/streams/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
