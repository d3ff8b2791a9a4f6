package lib;

import dev.interactions4j.schema.GeminiOutput;

/**
 * How to reach someone: compiled with the processor, so its schema keeps this text.
 *
 * @param email where mail goes
 * @param phone when mail is too slow
 */
@GeminiOutput
public record Contact(String email, String phone) {}
