package dev.interactions4j.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * One method of a {@code @GeminiTool} interface as a function the model may call.
 *
 * @param methodName the Java method
 * @param functionName the name the model sees
 * @param description text for {@code description}
 * @param argumentsKey the definition of the generated record holding the arguments
 * @param argumentsType that record
 * @param parameterNames the parameters in declaration order (the record's accessors)
 * @param resultKey the definition of the generated record wrapping the result; empty for void
 * @param resultType that record, or null for void
 * @param returnType the method's return type
 */
public record FunctionModel(
    String methodName,
    String functionName,
    Optional<String> description,
    String argumentsKey,
    ClassName argumentsType,
    List<String> parameterNames,
    Optional<String> resultKey,
    ClassName resultType,
    TypeName returnType) {

  public FunctionModel {
    parameterNames = List.copyOf(parameterNames);
  }
}
