package test;

import dev.interactions4j.GeminiOutput;
import java.util.Date;

@GeminiOutput
public record DateComponent(String what, Date when) {}
