package test;

import dev.interactions4j.service.GeminiService;
import java.util.stream.Stream;

@GeminiService(model = "m")
public interface StreamOfNumbers {
  Stream<Integer> count(String question);
}
