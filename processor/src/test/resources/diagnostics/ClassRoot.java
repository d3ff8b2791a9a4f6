package test;

import dev.interactions4j.GeminiOutput;

@GeminiOutput
public class ClassRoot {}
