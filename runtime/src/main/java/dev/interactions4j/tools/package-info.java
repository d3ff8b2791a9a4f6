/**
 * Function calling: {@link dev.interactions4j.tools.ToolSet}s of functions the model may call,
 * usually generated from {@code @GeminiTool} interfaces, and the {@link
 * dev.interactions4j.tools.ToolLoop} that runs the calls and sends their results back.
 */
package dev.interactions4j.tools;
