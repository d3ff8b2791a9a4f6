package test;

import dev.interactions4j.schema.GeminiOutput;
import java.util.Date;

@GeminiOutput
public record DateComponent(String what, Date when) {}
