package dev.interactions4j.benchmarks;

import com.google.genai.Client;
import com.google.genai.gaos.models.interactions.CreateModelInteraction;
import com.google.genai.gaos.models.interactions.Interaction;
import com.google.genai.gaos.models.interactions.InteractionsInput;
import com.google.genai.gaos.models.operations.CreateInteractionRequestBody;
import com.google.genai.types.HttpOptions;
import java.lang.management.ManagementFactory;

/**
 * {@link FirstCall} through Google's SDK: its {@code Client} pointed at the same simulator through
 * {@code HttpOptions.baseUrl}, and one create call of its Interactions API. Prints the same three
 * figures. Run with only google-genai and its dependencies on the classpath.
 */
public final class FirstCallGoogleGenai {
  private FirstCallGoogleGenai() {}

  public static void main(String[] args) {
    long entry = System.nanoTime();
    int steps;
    try (Client client = Client.builder().apiKey(System.getenv("GEMINI_API_KEY"))
        .httpOptions(HttpOptions.builder().baseUrl(System.getenv("GEMINI_BASE_URL")).apiVersion("v1beta").build()).build()) {
      Interaction answer = client.interactions.create(CreateInteractionRequestBody.of(CreateModelInteraction.builder()
          .model("gemini-3-flash-preview").input(InteractionsInput.of("Hello, my name is Ada.")).build()))
          .interaction().orElseThrow();
      steps = answer.steps().map(java.util.List::size).orElse(0);
    }
    long readyNanos = System.nanoTime();
    long readyMillis = System.currentTimeMillis();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println((readyNanos - entry) + " " + (readyMillis - jvmStart) + " " + steps);
  }
}
