package dev.interactions4j.processor.generation;

import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.interactions4j.processor.model.ServiceModel;
import dev.interactions4j.processor.model.ServiceModel.Call;
import dev.interactions4j.processor.model.ServiceModel.InputPart;
import dev.interactions4j.processor.model.ServiceModel.Parameter;
import dev.interactions4j.processor.model.ServiceModel.Segment;
import dev.interactions4j.processor.model.ServiceModel.ToolRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Gemini<Name>} for a {@link ServiceModel}: one request template constant per
 * method, factories for a stateless service and a conversation, and each method as one call of
 * {@code ServiceSession}. All behaviour lives in the runtime; the generated code only maps.
 */
public final class ServiceClassWriter {
  private static final ClassName SESSION = RuntimeNames.SESSION;
  private static final ClassName CLIENT = RuntimeNames.CLIENT;
  private static final ClassName REPORT = RuntimeNames.REPORT;
  private static final ClassName SERVICE = RuntimeNames.SERVICE_ANNOTATION;
  private static final ClassName REQUEST = RuntimeNames.REQUEST;
  private static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");

  private final boolean generatedAvailable;

  public ServiceClassWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  /** The generated file for {@code model}. */
  public JavaFile write(ServiceModel model) {
    ClassName self = model.implementationClass();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("The generated implementation of {@link $T}: each method is one interaction. Generated from its"
            + " source; do not edit.\n", model.sourceType())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(model.sourceType())
        .addOriginatingElement(model.origin());
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(RuntimeNames.GENERATED).addMember("value", "$S", GeneratedNames.PROCESSOR).build());
    }
    type.addAnnotation(RuntimeNames.GEMINI_GENERATED);
    Map<String, String> constants = constants(model.methods());
    Set<String> written = new HashSet<>();
    for (Call call : model.methods()) {
      String constant = constants.get(call.name());
      if (written.add(constant)) {
        type.addField(FieldSpec.builder(REQUEST, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(template(call)).build());
      }
    }
    type.addField(SESSION, "session", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(SESSION, "session")
        .addStatement("this.session = session").build());
    factories(model, self, type);
    for (Call call : model.methods()) {
      type.addMethod(method(call, constants.get(call.name())));
      if (call.returns() == ServiceModel.Returns.BACKGROUND) {
        type.addMethod(resume(call));
      }
    }
    type.addMethod(MethodSpec.methodBuilder("lastInteractionId").addModifiers(Modifier.PUBLIC).returns(String.class)
        .addJavadoc("The id the next call of a conversation continues from; null before the first and when stateless.\n")
        .addStatement("return session.lastInteractionId()").build());
    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return $S + session + $S", self.simpleName() + "[", "]").build());
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static void factories(ServiceModel model, ClassName self, TypeSpec.Builder type) {
    List<ToolRef> tools = model.tools();
    CodeBlock toolSet = toolSet(tools);
    MethodSpec.Builder create = factory("create", self, tools)
        .addJavadoc("A service whose calls each stand alone.\n")
        .addStatement("return new $T($T.stateless(client, $L))", self, SESSION, toolSet);
    MethodSpec.Builder conversation = factory("conversation", self, tools)
        .addJavadoc("A service whose calls continue one conversation ({@code previous_interaction_id}), one at a time.\n")
        .addStatement("return new $T($T.conversation(client, $L, null))", self, SESSION, toolSet);
    MethodSpec.Builder resume = factory("resumeConversation", self, tools)
        .addParameter(String.class, "interactionId")
        .addJavadoc("A conversation that continues the stored interaction {@code interactionId} (after a restart, say).\n")
        .addStatement("return new $T($T.conversation(client, $L, interactionId))", self, SESSION, toolSet);
    type.addMethod(create.build()).addMethod(conversation.build()).addMethod(resume.build());
  }

  private static MethodSpec.Builder factory(String name, ClassName self, List<ToolRef> tools) {
    MethodSpec.Builder factory = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self).addParameter(CLIENT, "client");
    for (ToolRef tool : tools) {
      factory.addParameter(tool.type(), tool.parameterName());
    }
    return factory;
  }

  private static CodeBlock toolSet(List<ToolRef> tools) {
    if (tools.isEmpty()) {
      return CodeBlock.of("null");
    }
    List<CodeBlock> bound = new ArrayList<>();
    for (ToolRef tool : tools) {
      bound.add(CodeBlock.of("$T.bind($L)", GeneratedNames.functionsClass(tool.type()), tool.parameterName()));
    }
    if (bound.size() == 1) {
      return bound.get(0);
    }
    return CodeBlock.of("$T.combine($L)", RuntimeNames.TOOL_SET, CodeBlock.join(bound, ", "));
  }

  private static CodeBlock template(Call call) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (call.agent() != null) {
      code.add("$T.agent($S)", REQUEST, call.agent());
    } else {
      code.add("$T.model($S)", REQUEST, call.model());
    }
    code.add("$>$>");
    if (call.systemInstruction() != null) {
      code.add("\n.systemInstruction($S)", call.systemInstruction());
    }
    if (call.generation() != null) {
      List<String> g = call.generation();
      code.add("\n.generationConfig($T.generation($L, $L, $S, $L))", SESSION, g.get(0), g.get(1), g.get(2), g.get(3));
    }
    ServiceModel.RequestSettings settings = call.settings();
    if (settings.serviceTier() != null) {
      code.add("\n.serviceTier($T.of($S))", RuntimeNames.SERVICE_TIER, settings.serviceTier());
    }
    if (settings.environment() != null) {
      code.add(settings.environment().equals("remote") ? CodeBlock.of("\n.environment($T.remote())", RuntimeNames.ENVIRONMENT_SETTING)
          : CodeBlock.of("\n.environment($T.existing($S))", RuntimeNames.ENVIRONMENT_SETTING, settings.environment()));
    }
    if (!settings.webhookUris().isEmpty()) {
      List<CodeBlock> uris = settings.webhookUris().stream().map(uri -> CodeBlock.of("$S", uri)).toList();
      code.add("\n.webhookConfig($T.of($L))", RuntimeNames.WEBHOOK_CONFIG, CodeBlock.join(uris, ", "));
    }
    if (!call.builtIns().isEmpty() && call.agent() == null) {
      List<CodeBlock> tools = new ArrayList<>();
      for (String builtIn : call.builtIns()) {
        tools.add(CodeBlock.of("$T.builtIn($T.BuiltInTool.$L)", SESSION, SERVICE, builtIn));
      }
      code.add("\n.tools($T.of($L))", List.class, CodeBlock.join(tools, ", "));
    }
    return code.add("\n.build()$<$<").build();
  }

  /**
   * The request constant of each method: methods whose templates are the same (the service's
   * settings, no override) share {@code DEFAULT_REQUEST}; others get {@code <METHOD>_REQUEST}.
   */
  private static Map<String, String> constants(List<Call> calls) {
    Map<String, Integer> counts = new HashMap<>();
    calls.forEach(call -> counts.merge(template(call).toString(), 1, Integer::sum));
    String shared = counts.entrySet().stream().filter(e -> e.getValue() > 1)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    Map<String, String> constants = new HashMap<>();
    for (Call call : calls) {
      constants.put(call.name(), template(call).toString().equals(shared) ? "DEFAULT_REQUEST"
          : call.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_REQUEST");
    }
    return constants;
  }

  private static MethodSpec method(Call call, String request) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(call.name()).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(call.returnType());
    for (Parameter parameter : call.parameters()) {
      method.addParameter(parameter.type(), parameter.name());
    }
    CodeBlock input = input(call);
    switch (call.returns()) {
      case TEXT -> method.addStatement("return session.text($L, $L)", request, input);
      case TEXT_REPLY -> method.addStatement("return session.textReply($L, $L)", request, input);
      case STRUCTURED -> method.addStatement("return session.structured($L, $L, $T.TYPE).value()", request, input,
          call.outputType().orElseThrow());
      case STRUCTURED_REPLY -> method.addStatement("return session.structured($L, $L, $T.TYPE)", request, input,
          call.outputType().orElseThrow());
      case TEXT_STREAM -> method.addStatement("return session.textStream($L, $L)", request, input);
      case IMAGE -> method.addStatement("return session.image($L, $L).value()", request, input);
      case IMAGE_REPLY -> method.addStatement("return session.image($L, $L)", request, input);
      case AUDIO -> method.addStatement("return session.audio($L, $L).value()", request, input);
      case AUDIO_REPLY -> method.addStatement("return session.audio($L, $L)", request, input);
      case INTERACTION -> method.addStatement("return session.interaction($L, $L)", request, input);
      case REPORT -> method.addStatement("return $T.from(session.interaction($L, $L))", REPORT, request, input);
      case BACKGROUND -> method.addStatement("return session.background($L, $L, $L)", request, input,
          call.background() == ServiceModel.BackgroundResult.STRUCTURED
              ? CodeBlock.of("$T.TYPE", call.outputType().orElseThrow()) : result(call));
    }
    return method.build();
  }

  private static MethodSpec resume(Call call) {
    String name = "resume" + Character.toUpperCase(call.name().charAt(0)) + call.name().substring(1);
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(call.returnType())
        .addParameter(String.class, "interactionId")
        .addJavadoc("The background call of {@link #$L} started earlier as {@code interactionId}, typed again"
            + " (after a restart, say).\n", call.name())
        .addStatement("return session.resume(interactionId, $L)", result(call)).build();
  }

  private static CodeBlock result(Call call) {
    return switch (call.background()) {
      case TEXT -> CodeBlock.of("$T::textOf", SESSION);
      case REPORT -> CodeBlock.of("$T::from", REPORT);
      case INTERACTION -> CodeBlock.of("$T.identity()", FUNCTION);
      case STRUCTURED -> CodeBlock.of("$T.valueOf($T.TYPE)", SESSION, call.outputType().orElseThrow());
    };
  }

  private static CodeBlock input(Call call) {
    List<CodeBlock> parts = new ArrayList<>();
    for (InputPart part : call.input()) {
      parts.add(part.parameter() != null ? CodeBlock.of("$L", part.parameter()) : rendered(part.template()));
    }
    return CodeBlock.of("$T.input($L)", SESSION, CodeBlock.join(parts, ", "));
  }

  private static CodeBlock rendered(List<Segment> segments) {
    if (segments.isEmpty()) {
      return CodeBlock.of("$S", "");
    }
    List<CodeBlock> pieces = new ArrayList<>();
    for (Segment segment : segments) {
      if (segment.literal() != null) {
        pieces.add(CodeBlock.of("$S", segment.literal()));
      } else if (segment.schema().isPresent()) {
        pieces.add(CodeBlock.of("$T.TYPE.write($L)", segment.schema().get(), segment.parameter()));
      } else {
        pieces.add(CodeBlock.of("$T.valueOf($L)", String.class, segment.parameter()));
      }
    }
    return CodeBlock.join(pieces, " + ");
  }


}
