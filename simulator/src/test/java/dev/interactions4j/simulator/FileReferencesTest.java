package dev.interactions4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Interactions naming an uploaded file by uri: the scripted model describes it; a missing or unready file is refused. */
@Timeout(30)
@ExtendWith(SimulatorExtension.class)
class FileReferencesTest {
  private static String video(String uri, boolean withMimeType) {
    return "{\"type\":\"video\",\"uri\":\"" + uri + "\"" + (withMimeType ? ",\"mime_type\":\"video/mp4\"" : "") + "}";
  }

  @Test
  void aFileByUri_isDescribedByName_typeAndSize(Simulator simulator) {
    JsonNode file = Uploads.upload(simulator, "Lecture", "video/mp4", Uploads.bytes(1234, 1));

    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":[{\"type\":\"text\",\"text\":\"Summarize\"},"
        + video(file.get("uri").asString(), true) + "]}").json();

    assertEquals("I see a video \"Lecture\" (" + file.get("name").asString() + ", video/mp4, 1,234 bytes). You asked: \"Summarize\"",
        answer.get("output_text").asString());
  }

  @Test
  void aFileByUri_withoutMimeType_takesTheFilesType(Simulator simulator) {
    JsonNode file = Uploads.upload(simulator, "Scan", "image/jpeg", new byte[10]);
    String uri = file.get("uri").asString();

    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":[{\"type\":\"user_input\",\"content\":["
        + "{\"type\":\"document\",\"uri\":\"" + uri + "\"}]}]}").json();

    assertTrue(answer.get("output_text").asString().startsWith("I see a document \"Scan\" (" + file.get("name").asString()
        + ", image/jpeg, 10 bytes)."), answer.toString());
  }

  @Test
  void aFileByGooglesUri_isTheSameFile(Simulator simulator) {
    JsonNode file = Uploads.upload(simulator, "Talk", "audio/mp3", new byte[3]);
    String google = "https://generativelanguage.googleapis.com/v1beta/" + file.get("name").asString();

    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":{\"type\":\"audio\",\"uri\":\"" + google + "\"}}").json();

    assertTrue(answer.get("output_text").asString().startsWith("I see an audio \"Talk\""), answer.toString());
  }

  @Test
  void anUnknownFile_isRefusedAsTheApiRefusesIt(Simulator simulator) {
    int created = simulator.interactionsCreated();
    Http.Answer answer = Http.create(simulator, "{\"model\":\"m\",\"input\":[" + video(simulator.baseUrl() + "/v1beta/files/nosuchfile", true)
        + "]}");

    assertEquals(403, answer.status());
    assertEquals("PERMISSION_DENIED", answer.json().at("/error/status").asString());
    assertEquals("You do not have permission to access the File nosuchfile or it may not exist.",
        answer.json().at("/error/message").asString());
    assertEquals(created, simulator.interactionsCreated());
  }

  @Test
  void aFileStillProcessing_isRefused_evenInsideAFunctionResult(Simulator simulator) {
    simulator.fileProcessing(Duration.ofHours(1), 0);
    try {
      JsonNode file = Uploads.upload(simulator, "Slow", "video/mp4", new byte[1]);
      Http.Answer answer = Http.create(simulator, "{\"model\":\"m\",\"input\":[{\"type\":\"function_result\",\"call_id\":\"c\","
          + "\"name\":\"f\",\"result\":[" + video(file.get("uri").asString(), false) + "]}]}");

      assertEquals(400, answer.status());
      assertEquals("FAILED_PRECONDITION", answer.json().at("/error/status").asString());
      assertEquals("The File " + file.get("name").asString().substring(6) + " is not in an ACTIVE state and usage is not allowed.",
          answer.json().at("/error/message").asString());
    } finally {
      simulator.fileProcessing(Duration.ZERO, 0);
    }
  }

  @Test
  void otherUris_passAsBefore(Simulator simulator) {
    JsonNode answer = Http.create(simulator, "{\"model\":\"m\",\"input\":[" + video("https://www.youtube.com/watch?v=abc", true)
        + "]}").json();
    assertEquals("I see a video (video/mp4) at https://www.youtube.com/watch?v=abc.", answer.get("output_text").asString());
  }
}
