package dev.interactions4j;

import dev.interactions4j.wire.Content;
import dev.interactions4j.wire.Interaction;
import dev.interactions4j.wire.InteractionRequest;
import java.nio.file.Path;

/**
 * Run in a JVM with a small heap by {@link LargeMediaTest}: asks the simulator at {@code args[0]}
 * for the image {@code args[1]} describes and saves it to {@code args[2]}. It can only succeed if
 * the answer is streamed: the image's base64 text alone is larger than the heap.
 */
public final class LargeAnswerProbe {
  private LargeAnswerProbe() {}

  public static void main(String[] args) {
    try (GeminiClient client = GeminiClient.builder().apiKey("probe-key").baseUrl(args[0]).build()) {
      Interaction answer = client.create(InteractionRequest.model("gemini-2.5-flash-image").input(args[1])
          .responseModalities("text", "image").build());
      Content.Image image = answer.outputs(Content.Image.class).get(0);
      image.data().saveTo(Path.of(args[2]));
      System.out.println("saved " + image.data().size() + " bytes; max heap "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    }
  }
}
