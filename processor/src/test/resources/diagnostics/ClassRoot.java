package test;

import dev.interactions4j.schema.GeminiOutput;

@GeminiOutput
public class ClassRoot {}
