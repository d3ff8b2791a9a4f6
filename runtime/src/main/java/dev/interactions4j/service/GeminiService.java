package dev.interactions4j.service;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.Reply;
import dev.interactions4j.Report;
import dev.interactions4j.schema.GeminiOutput;
import dev.interactions4j.tools.GeminiTool;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service interface whose implementation the processor generates: {@code Gemini<Name>}, a final
 * class that turns each method into an interaction. Parameters become the input ({@code String}
 * as text, {@link dev.interactions4j.media.Image} and the other media as content, anything in a
 * {@link Prompt} template as text); the return type decides what is asked for:
 *
 * <ul>
 *   <li>{@code String}: the answer's text;
 *   <li>a {@link GeminiOutput} type: structured output, parsed and validated;
 *   <li>{@link Reply}{@code <T>} of either: the value with the interaction's id, usage and steps;
 *   <li>{@code java.util.stream.Stream<String>}: text deltas as they stream (close the stream);
 *   <li>{@link dev.interactions4j.media.GeneratedImage} or {@link
 *       dev.interactions4j.media.GeneratedAudio}: image or audio output;
 *   <li>{@link BackgroundTask}{@code <T>} of {@code String}, {@link Report}, a {@link GeminiOutput}
 *       type or {@code Interaction}: a background call (an {@link Agent}), polled;
 *   <li>{@link Report}: the answer's text with its citations (grounded by {@link #builtInTools()}),
 *       ready for {@link Report#resolveSources()};
 *   <li>{@code Interaction}: the raw answer.
 * </ul>
 *
 * <pre>{@code
 * TravelAgent agent = GeminiTravelAgent.create(client, new MyTravelTools());
 * TravelAgent chat = GeminiTravelAgent.conversation(client, new MyTravelTools()); // keeps previous_interaction_id
 * }</pre>
 *
 * <p>A method that cannot be mapped is a compile error on it, naming the fix.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GeminiService {
  /** The model every method uses unless it names its own ({@link Model}) or an {@link Agent}. */
  String model();

  /** {@link GeminiTool} interfaces whose functions the model may call; their implementations are arguments of the factories. */
  Class<?>[] tools() default {};

  /** Built-in tools every call may use. */
  BuiltInTool[] builtInTools() default {};

  /** Built-in tools, run by the server. */
  enum BuiltInTool {
    /** Google Search grounding. */
    GOOGLE_SEARCH,
    /** Code execution. */
    CODE_EXECUTION,
    /** Reading the URLs in the prompt. */
    URL_CONTEXT
  }
}
