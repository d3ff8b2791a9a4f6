package dev.interactions4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The baseline of {@link FirstCall}: the JDK's {@link HttpClient} posting the same request body
 * to the same simulator, the answer kept as a string. No JSON library, nothing but the JDK. Prints
 * the same three figures, the last one the HTTP status.
 */
public final class FirstCallBare {
  private FirstCallBare() {}

  public static void main(String[] args) throws Exception {
    long entry = System.nanoTime();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create(System.getenv("GEMINI_BASE_URL") + "/v1beta/interactions"))
        .header("x-goog-api-key", System.getenv("GEMINI_API_KEY")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"model\":\"gemini-3-flash-preview\",\"input\":\"Hello, my name is Ada.\"}"))
        .build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    long readyNanos = System.nanoTime();
    long readyMillis = System.currentTimeMillis();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println((readyNanos - entry) + " " + (readyMillis - jvmStart) + " " + answer.statusCode());
  }
}
