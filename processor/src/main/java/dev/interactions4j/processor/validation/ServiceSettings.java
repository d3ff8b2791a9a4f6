package dev.interactions4j.processor.validation;

import dev.interactions4j.processor.model.ServiceModel.GenerationSettings;
import dev.interactions4j.processor.model.ServiceModel.RequestSettings;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Merges a method's {@code @Generation} with its interface's, setting by setting (and reads the
 * other request settings a service fixes): a setting the
 * method sets wins, else the interface's, else it is unset. A value counts as set only where it is
 * in range (the annotation's defaults mean "unset").
 */
final class ServiceSettings {
  private ServiceSettings() {}

  /** The merged settings of {@code method} over {@code service}. */
  static GenerationSettings generation(Optional<AnnotationMirror> method, Optional<AnnotationMirror> service) {
    List<Optional<AnnotationMirror>> sources = List.of(method, service);
    return new GenerationSettings(
        setting(sources, "temperature", v -> ((Number) v).doubleValue(), t -> t >= 0),
        setting(sources, "maxOutputTokens", v -> ((Number) v).intValue(), n -> n > 0),
        setting(sources, "thinkingLevel", Object::toString, level -> !level.isEmpty()),
        setting(sources, "seed", v -> ((Number) v).longValue(), seed -> seed >= 0));
  }

  /**
   * {@code @Generation(serviceTier)} (the method's over the interface's) and an {@code @Agent}'s
   * environment and webhooks.
   */
  static RequestSettings request(Optional<AnnotationMirror> method, Optional<AnnotationMirror> service,
      Optional<AnnotationMirror> agent) {
    Optional<String> tier = setting(List.of(method, service), "serviceTier", Object::toString, t -> !t.isEmpty());
    String environment = agent.flatMap(m -> Annotations.explicit(m, "environment")).map(Object::toString)
        .filter(v -> !v.isEmpty()).orElse(null);
    List<String> uris = agent.flatMap(m -> Annotations.explicit(m, "webhookUris"))
        .map(v -> ((List<?>) v).stream().map(u -> ((AnnotationValue) u).getValue().toString()).toList())
        .orElse(List.of());
    return new RequestSettings(tier.orElse(null), environment, uris);
  }

  private static <T> Optional<T> setting(List<Optional<AnnotationMirror>> sources, String name,
      Function<Object, T> convert, Predicate<T> isSet) {
    for (Optional<AnnotationMirror> source : sources) {
      Optional<T> value = source.flatMap(m -> Annotations.explicit(m, name)).map(convert).filter(isSet);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }
}
