package test;

import dev.interactions4j.service.GeminiService;

@GeminiService(model = "m")
public class ServiceClass {
}
