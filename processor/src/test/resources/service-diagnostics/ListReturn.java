package test;

import dev.interactions4j.service.GeminiService;
import java.util.List;

@GeminiService(model = "m")
public interface ListReturn {
  List<String> names(String question);
}
