package test;

import dev.interactions4j.GeminiOutput;
import java.util.List;

@GeminiOutput
public record Itinerary(String city, List<String> days) {}
