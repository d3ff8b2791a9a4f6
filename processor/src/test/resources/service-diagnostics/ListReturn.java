package test;

import dev.interactions4j.GeminiService;
import java.util.List;

@GeminiService(model = "m")
public interface ListReturn {
  List<String> names(String question);
}
