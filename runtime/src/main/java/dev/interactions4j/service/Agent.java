package dev.interactions4j.service;

import dev.interactions4j.BackgroundTask;
import dev.interactions4j.Report;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link GeminiService} method with an agent instead of a model, in the background: the
 * method returns a {@link BackgroundTask}, e.g. {@code @Agent("deep-research-pro-preview-12-2025")
 * BackgroundTask<Report> research(String topic)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Agent {
  /** The agent, e.g. {@code deep-research-pro-preview-12-2025}. */
  String value();

  /** The {@code environment}: {@code remote} (a new one) or an environment id; none when empty. */
  String environment() default "";

  /** Where the job's events go ({@code webhook_config.uris}, replacing the project's webhooks); none when empty. */
  String[] webhookUris() default {};
}
