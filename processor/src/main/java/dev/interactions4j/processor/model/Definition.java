package dev.interactions4j.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * A named JSON type: a record, enum or sealed interface reachable from a {@code @GeminiOutput}
 * type. Each gets a read and a write method in the generated class; in the schema it is inlined
 * where used, or placed in {@code $defs} when recursive.
 */
public sealed interface Definition permits Definition.Record, Definition.Enum, Definition.Sealed {

  /** Unique within a {@link SchemaModel}: the {@code $defs} key and the generated method suffix. */
  String key();

  /** The Java type, parameterized for generic records. */
  TypeName javaType();

  /** Text for {@code description}. */
  Optional<String> description();

  /**
   * A record: an object with one property per component, in declaration order.
   *
   * @param discriminator the discriminator a permitted subtype of a sealed type carries
   */
  record Record(
      String key,
      TypeName javaType,
      Optional<String> description,
      Optional<Discriminator> discriminator,
      List<PropertyModel> properties)
      implements Definition {
    public Record {
      properties = List.copyOf(properties);
    }
  }

  /** An enum: a string with one allowed value per constant. */
  record Enum(
      String key, TypeName javaType, Optional<String> description, List<EnumConstant> constants)
      implements Definition {
    public Enum {
      constants = List.copyOf(constants);
    }
  }

  /**
   * A sealed interface: {@code anyOf} its leaf records, told apart by {@code discriminator}.
   *
   * @param variants leaf records in declaration order, nested sealed interfaces flattened
   */
  record Sealed(
      String key,
      TypeName javaType,
      Optional<String> description,
      String discriminator,
      List<Variant> variants)
      implements Definition {
    public Sealed {
      variants = List.copyOf(variants);
    }
  }

  /** The discriminator property and value of a record that is a sealed type's variant. */
  record Discriminator(String property, String value) {}

  /** An enum constant and its JSON value. */
  record EnumConstant(String javaName, String jsonName, Optional<String> description) {}

  /** A variant of a sealed type: discriminator value and the key of its record definition. */
  record Variant(String tag, String recordKey, TypeName javaType) {}
}
