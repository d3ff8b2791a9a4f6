package dev.interactions4j.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;

/**
 * One record component as a JSON property.
 *
 * @param accessor the Java accessor name, e.g. {@code minutes}
 * @param jsonName the property name in JSON
 * @param javaType the component's declared type, e.g. {@code Optional<Integer>}
 * @param type the JSON shape of the value, without the {@code Optional} wrapper
 * @param presence whether and how the property may be missing
 * @param description text for {@code description}
 */
public record PropertyModel(
    String accessor,
    String jsonName,
    TypeName javaType,
    JsonType type,
    Presence presence,
    Optional<String> description) {}
