package dev.interactions4j.simulator;

import java.util.ArrayList;
import java.util.List;

/** The JSON data of each event in a server-sent event stream, without the {@code [DONE]} sentinel. */
final class Sse {
  private Sse() {}

  static List<String> events(String body) {
    List<String> events = new ArrayList<>();
    for (String block : body.split("\n\n")) {
      for (String line : block.split("\n")) {
        if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
          events.add(line.substring("data: ".length()));
        }
      }
    }
    return events;
  }
}
