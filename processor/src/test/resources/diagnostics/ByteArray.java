package test;

import dev.interactions4j.GeminiOutput;

@GeminiOutput
public record ByteArray(byte[] data) {}
