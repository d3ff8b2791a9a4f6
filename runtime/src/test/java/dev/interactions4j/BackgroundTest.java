package dev.interactions4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interactions4j.simulator.SimulatorExtension;
import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import dev.interactions4j.wire.InteractionStatus;
import dev.interactions4j.wire.TextAnnotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BackgroundTest {
  @RegisterExtension static final SimulatorExtension SIMULATOR = new SimulatorExtension();
  private static final String AGENT = "deep-research-pro-preview-12-2025";

  private final GeminiClient client = Clients.client(SIMULATOR.simulator());

  private InteractionRequest research(String topic) {
    return InteractionRequest.agent(AGENT).input(topic).build();
  }

  @Test
  void agent_startsAtOnce_reportsProgress_andEndsWithACitedReport() {
    SIMULATOR.simulator().backgroundDuration(Duration.ofMillis(300));
    List<ProgressListener.Progress> progress = new ArrayList<>();

    BackgroundTask<Interaction> task = client.startBackground(research("tidal energy"));
    assertEquals(InteractionStatus.IN_PROGRESS, task.lastSeen().status());
    Interaction report = task.await(Duration.ofSeconds(10), progress::add);

    assertEquals(InteractionStatus.COMPLETED, report.status());
    assertTrue(progress.size() >= 2, "polled more than once: " + progress);
    assertEquals(InteractionStatus.IN_PROGRESS, progress.get(0).status());
    assertEquals(InteractionStatus.COMPLETED, progress.get(progress.size() - 1).status());
    Content.Text text = (Content.Text) report.lastModelOutput().orElseThrow().content().get(0);
    assertTrue(text.text().startsWith("# Research report: tidal energy"));
    assertEquals(3, text.annotations().size());
    for (TextAnnotation annotation : text.annotations()) {
      TextAnnotation.UrlCitation citation = (TextAnnotation.UrlCitation) annotation;
      String cited = text.text().substring(citation.startIndex(), citation.endIndex());
      assertTrue(cited.endsWith("."), cited);
      assertTrue(citation.url().startsWith(SIMULATOR.simulator().redirectBaseUrl() + "/grounding-api-redirect/"), citation.url());
    }
    String sent = SIMULATOR.simulator().requests().get(0).bodyText();
    assertTrue(sent.contains("\"store\":true,\"background\":true"), sent);
  }

  @Test
  void deadline_isATimeoutCarryingTheId_andTheTaskCanBeResumedFromItsId() {
    SIMULATOR.simulator().backgroundDuration(Duration.ofMillis(800));
    BackgroundTask<Interaction> task = client.startBackground(research("coral reefs"));

    GeminiTimeoutException timeout = assertThrows(GeminiTimeoutException.class, () -> task.await(Duration.ofMillis(100)));
    assertEquals(task.id(), timeout.interactionId().orElseThrow());

    BackgroundTask<Interaction> resumed = client.resumeBackground(task.id());
    assertEquals(InteractionStatus.COMPLETED, resumed.await(Duration.ofSeconds(10)).status());
  }

  @Test
  void cancel_stopsIt() {
    SIMULATOR.simulator().backgroundDuration(Duration.ofSeconds(30));
    BackgroundTask<Interaction> task = client.startBackground(research("lunar geology"));

    Interaction cancelled = task.cancel();

    assertEquals(InteractionStatus.CANCELLED, cancelled.status());
    assertEquals(InteractionStatus.CANCELLED, task.await(Duration.ofSeconds(1)).status());
  }

  @Test
  void agentWithoutBackground_isRefusedClearly() {
    GeminiApiException refused = assertThrows(GeminiApiException.class, () -> client.create(research("x")));

    assertEquals(400, refused.httpStatus());
    assertTrue(refused.getMessage().contains("background"), refused.getMessage());
  }

  @Test
  void modelInTheBackground_works() {
    SIMULATOR.simulator().backgroundDuration(Duration.ofMillis(100));

    BackgroundTask<Interaction> task = client.startBackground(InteractionRequest.model(Clients.MODEL).input("my name is Ada").build());
    Interaction done = task.await(Duration.ofSeconds(5));

    assertEquals("Nice to meet you, Ada!", done.text());
    assertFalse(done.status().isRunning());
  }
}
