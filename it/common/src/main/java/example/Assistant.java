package example;

import dev.interactions4j.service.GeminiService;
import dev.interactions4j.service.Prompt;
import dev.interactions4j.service.SystemInstruction;
import java.util.stream.Stream;

/** The processor writes {@code GeminiAssistant}, one interaction per call. */
@GeminiService(model = "gemini-3-flash-preview", tools = WeatherTools.class)
@SystemInstruction("You are brief.")
public interface Assistant {
  /** A plain answer. */
  String ask(String question);

  /** Structured output. */
  @Prompt("Extract the contact details: {text}")
  Contact contact(String text);

  /** Text deltas as they stream. */
  Stream<String> narrate(String topic);
}
