package dev.interactions4j.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.CitationResolver;
import dev.interactions4j.GeminiClient;
import dev.interactions4j.InteractionFailedException;
import dev.interactions4j.PollingPolicy;
import dev.interactions4j.ProgressListener;
import dev.interactions4j.Reply;
import dev.interactions4j.Report;
import dev.interactions4j.media.GeneratedAudio;
import dev.interactions4j.media.GeneratedImage;
import dev.interactions4j.media.Image;
import dev.interactions4j.simulator.RecordedRequest;
import dev.interactions4j.simulator.Simulator;
import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.WireJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The generated GeminiTravelAgent, every return kind, against the simulator over HTTP. */
@ExtendWith(SimulatorExtension.class)
class ServiceEndToEndTest {
  @TempDir Path dir;

  private static GeminiClient client(Simulator simulator) {
    return GeminiClient.builder().baseUrl(simulator.baseUrl()).apiKey("k")
        .pollingPolicy(new PollingPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 1.5)).build();
  }

  /** The body of the last create call (polls have none). */
  private static JsonNode lastBody(Simulator simulator) {
    List<RecordedRequest> requests = simulator.requests();
    for (int i = requests.size() - 1; ; i--) {
      if (requests.get(i).method().equals("POST") && requests.get(i).pathAndQuery().equals("/v1beta/interactions")) {
        return WireJson.readTree(requests.get(i).bodyText());
      }
    }
  }

  @Test
  void structuredMethod_sendsSchemaInstructionAndToolDeclarations_andParsesTheAnswer(Simulator simulator) {
    TravelAgent agent = GeminiTravelAgent.create(client(simulator), new LocalTravelTools());

    Itinerary plan = agent.plan("Three days in Kyoto");

    assertFalse(plan.days().isEmpty());
    JsonNode body = lastBody(simulator);
    assertEquals("gemini-3-flash-preview", body.get("model").asString());
    assertEquals("You are a concise travel agent.", body.get("system_instruction").asString());
    assertEquals("Three days in Kyoto", body.get("input").asString());
    assertEquals(WireJson.readTree(ItinerarySchema.TYPE.schemaJson()), body.get("response_format").get("schema"));
    assertEquals(WireJson.readTree(TravelToolsFunctions.DECLARATIONS_JSON), body.get("tools"));
  }

  @Test
  void templateMethod_rendersItsParameters_andTheReplyCarriesIdAndUsage(Simulator simulator) {
    Reply<Itinerary> reply = GeminiTravelAgent.create(client(simulator), new LocalTravelTools()).planWithUsage("Lisbon", 2);

    assertEquals("Plan 2 days in Lisbon.", lastBody(simulator).get("input").asString());
    assertTrue(reply.id().startsWith("v1_"), reply.id());
    assertTrue(reply.usage().totalTokens() > 0);
    assertEquals(reply.value(), ItinerarySchema.TYPE.parse(reply.text()));
  }

  @Test
  void toolsOfTheService_runInTheLoop(Simulator simulator) {
    LocalTravelTools tools = new LocalTravelTools();

    String answer = GeminiTravelAgent.create(client(simulator), tools).chat("What's the weather in Paris?");

    assertEquals(List.of("weather(Paris, CELSIUS)"), tools.calls());
    assertTrue(answer.startsWith("According to weather:"), answer);
  }

  @Test
  void mediaParameter_sendsTheFilesBytesWithTheTypeReadFromThem(Simulator simulator) throws Exception {
    GeneratedImage poster = GeminiTravelAgent.create(client(simulator), new LocalTravelTools()).poster("a tram");
    Path file = poster.saveTo(dir.resolve("tram.jpg")); // a misleading name: the bytes say PNG

    String answer = GeminiTravelAgent.create(client(simulator), new LocalTravelTools()).describe("Where is this?", Image.of(file));

    assertTrue(answer.startsWith("I see an image (image/png, " + Files.size(file) + " bytes) of 64×64 pixels."), answer);
    JsonNode input = lastBody(simulator).get("input");
    assertEquals("text", input.get(0).get("type").asString());
    assertEquals("Where is this?", input.get(0).get("text").asString());
    assertEquals("image/png", input.get(1).get("mime_type").asString());
    assertArrayEquals(Files.readAllBytes(file), Base64.getDecoder().decode(input.get(1).get("data").asString()));
  }

  @Test
  void imageMethod_asksForImageOutput_andReturnsAValidPng(Simulator simulator) throws Exception {
    GeneratedImage poster = GeminiTravelAgent.create(client(simulator), new LocalTravelTools()).poster("a lighthouse");

    JsonNode body = lastBody(simulator);
    assertEquals("gemini-2.5-flash-image", body.get("model").asString());
    assertEquals("[\"text\",\"image\"]", body.get("response_modalities").toString());
    assertEquals("image/png", poster.mimeType());
    assertEquals(64, ImageIO.read(poster.saveTo(dir.resolve("p.png")).toFile()).getWidth());
    assertTrue(poster.caption().contains("lighthouse"), poster.caption());
  }

  @Test
  void streamMethod_deliversDeltasAsTheyArrive_andTheyMakeTheWholeAnswer(Simulator simulator) {
    TravelAgent agent = GeminiTravelAgent.create(client(simulator), new LocalTravelTools());
    List<String> deltas;
    try (Stream<String> narration = agent.narrate("the night train to Vienna")) {
      deltas = narration.collect(Collectors.toList());
    }

    assertTrue(deltas.size() > 1, deltas.toString());
    assertTrue(String.join("", deltas).startsWith("You said: \"the night train to Vienna\""), String.join("", deltas));
    assertEquals(Boolean.TRUE.booleanValue(), lastBody(simulator).get("stream").asBoolean());
  }

  @Test
  void agentMethod_returnsAtOnce_pollsWithProgress_andGivesACitedReport(Simulator simulator) {
    GeminiTravelAgent agent = GeminiTravelAgent.create(client(simulator), new LocalTravelTools());

    BackgroundTask<Report> task = agent.research("tidal energy");
    JsonNode body = lastBody(simulator);
    List<InteractionStatus> seen = new ArrayList<>();
    Report report = task.await(Duration.ofSeconds(30), progress -> seen.add(progress.status()));

    assertEquals("deep-research-pro-preview-12-2025", body.get("agent").asString());
    assertNull(body.get("model"));
    assertTrue(body.get("background").asBoolean() && body.get("store").asBoolean());
    assertEquals(InteractionStatus.COMPLETED, seen.get(seen.size() - 1));
    assertEquals(task.id(), report.interactionId());
    assertEquals(3, report.citations().size());
    Report.Citation first = report.citations().get(0);
    assertTrue(first.startIndex() >= 0 && first.endIndex() > first.startIndex() && first.title() != null, first.toString());
    assertTrue(report.toMarkdown().contains("## Sources\n\n1. [" + first.title() + "](" + first.url() + ")"), report.toMarkdown());
    Report resumed = GeminiTravelAgent.create(client(simulator), new LocalTravelTools()).resumeResearch(task.id())
        .await(Duration.ofSeconds(5), ProgressListener.none());
    assertEquals(report, resumed);
  }

  @Test
  void cancelledAgent_endsInATypedFailure(Simulator simulator) {
    BackgroundTask<Report> task = GeminiTravelAgent.create(client(simulator), new LocalTravelTools()).research("fusion");

    task.cancel();
    InteractionFailedException failure = assertThrows(InteractionFailedException.class, () -> task.await(Duration.ofSeconds(5)));

    assertEquals(InteractionStatus.CANCELLED, failure.status());
    assertEquals(task.id(), failure.interactionId().orElseThrow());
  }

  @Test
  void conversationVariant_chainsEveryCallToTheLast_andResumesFromAnId(Simulator simulator) {
    GeminiTravelAgent chat = GeminiTravelAgent.conversation(client(simulator), new LocalTravelTools());
    chat.chat("My destination is Kyoto.");
    String first = chat.lastInteractionId();

    String answer = chat.chat("What is my destination?");

    assertEquals(first, lastBody(simulator).get("previous_interaction_id").asString());
    assertEquals("Your destination is Kyoto.", answer);
    GeminiTravelAgent resumed = GeminiTravelAgent.resumeConversation(client(simulator), new LocalTravelTools(),
        chat.lastInteractionId());
    assertEquals("Your destination is Kyoto.", resumed.chat("What is my destination?"));
  }

  @Test
  void statelessVariant_sendsNoPreviousId(Simulator simulator) {
    TravelAgent agent = GeminiTravelAgent.create(client(simulator), new LocalTravelTools());
    agent.chat("My destination is Kyoto.");

    assertEquals("I don't know your destination yet. Tell me!", agent.chat("What is my destination?"));
    assertNull(lastBody(simulator).get("previous_interaction_id"));
  }

  @Test
  void everyOtherReturnKind_asksForWhatItNeeds_andReadsTheAnswer(Simulator simulator) throws Exception {
    GeminiEveryReturnKind service = GeminiEveryReturnKind.create(client(simulator));

    Reply<String> text = service.textReply("My colour is teal.");
    assertEquals("Noted: your colour is teal.", text.value());
    assertEquals("{\"temperature\":0.5,\"seed\":7}", lastBody(simulator).get("generation_config").toString());

    Reply<GeneratedImage> image = service.imageReply("a kite");
    assertEquals(image.id(), image.value().interactionId());

    GeneratedAudio audio = service.speak("Welcome aboard.");
    assertEquals("[\"audio\"]", lastBody(simulator).get("response_modalities").toString());
    assertEquals("audio/wav", audio.mimeType());
    assertEquals("RIFF", new String(audio.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    Reply<GeneratedAudio> spoken = service.speakReply("Hello.");
    assertEquals(spoken.id(), spoken.value().interactionId());

    BackgroundTask<String> backgroundText = service.backgroundText("my city is Lyon");
    assertTrue(lastBody(simulator).get("background").asBoolean());
    assertEquals("Noted: your city is Lyon.", backgroundText.await(Duration.ofSeconds(10)));

    Contact contact = service.backgroundValue("Ada").await(Duration.ofSeconds(10));
    assertEquals("A contact for Ada, please.", lastBody(simulator).get("input").asString());
    assertFalse(contact.name().isEmpty());

    BackgroundTask<dev.interactions4j.wire.Interaction> raw = service.backgroundInteraction("hello");
    assertEquals(raw.id(), raw.await(Duration.ofSeconds(10)).id());

    Path pdf = Files.write(dir.resolve("ticket.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    dev.interactions4j.wire.Interaction answer = service.raw("Summarise the attachment.", dev.interactions4j.media.Document.of(pdf));
    assertTrue(answer.text().startsWith("I see a document (application/pdf, 15 bytes)."), answer.text());
  }

  @Test
  void reportReturn_isAGroundedAnswerWithItsCitations_readyToResolve(Simulator simulator) {
    Report brief = GeminiGroundedBriefs.create(client(simulator)).brief("Who won the 2030 cup?");

    assertEquals("google_search", lastBody(simulator).get("tools").get(0).get("type").asString());
    assertEquals(2, brief.citations().size());
    Report resolved = brief.resolveSources(CitationResolver.builder()
        .addRedirectHost(java.net.URI.create(simulator.redirectBaseUrl()).getAuthority()).build());
    assertEquals(List.of("https://example.org/search/who-won-the-2030-cup", "https://news.example.com/articles/who-won-the-2030-cup"),
        resolved.sources().stream().map(Report.Source::url).toList());
  }
}
