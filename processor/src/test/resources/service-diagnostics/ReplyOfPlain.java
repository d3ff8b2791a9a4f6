package test;

import dev.interactions4j.service.GeminiService;
import dev.interactions4j.Reply;

@GeminiService(model = "m")
public interface ReplyOfPlain {
  Reply<Plain> plan(String request);

  record Plain(String text) {}
}
