package dev.interactions4j.processor.generation;

import static dev.interactions4j.processor.model.RuntimeNames.CLIENT;
import static dev.interactions4j.processor.model.RuntimeNames.REPORT;
import static dev.interactions4j.processor.model.RuntimeNames.REQUEST;
import static dev.interactions4j.processor.model.RuntimeNames.SERVICE_ANNOTATION;
import static dev.interactions4j.processor.model.RuntimeNames.SESSION;

import dev.interactions4j.processor.model.GeneratedNames;
import dev.interactions4j.processor.model.RuntimeNames;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.interactions4j.processor.model.ServiceModel;
import dev.interactions4j.processor.model.NameScope;
import dev.interactions4j.processor.model.ServiceModel.Answer;
import dev.interactions4j.processor.model.ServiceModel.Call;
import dev.interactions4j.processor.model.ServiceModel.GenerationSettings;
import dev.interactions4j.processor.model.ServiceModel.Payload;
import dev.interactions4j.processor.model.ServiceModel.Shape;
import dev.interactions4j.processor.model.ServiceModel.InputPart;
import dev.interactions4j.processor.model.ServiceModel.Parameter;
import dev.interactions4j.processor.model.ServiceModel.RequestSettings;
import dev.interactions4j.processor.model.ServiceModel.Segment;
import dev.interactions4j.processor.model.ServiceModel.ToolRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Gemini<Name>} for a {@link ServiceModel}: one request template constant per
 * method, factories for a stateless service and a conversation, and each method as one call of
 * {@code ServiceSession}. All behaviour lives in the runtime; the generated code only maps.
 */
public final class ServiceClassWriter {
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
    Map<Call, String> constants = constants(model.methods());
    Set<String> written = new HashSet<>();
    for (Call call : model.methods()) {
      String constant = constants.get(call);
      if (written.add(constant)) {
        type.addField(FieldSpec.builder(REQUEST, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(template(call)).build());
      }
    }
    String session = sessionField(model);
    type.addField(SESSION, session, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(SESSION, "session")
        .addStatement("this.$N = session", session).build());
    factories(model, self, type);
    for (Call call : model.methods()) {
      type.addMethod(method(call, constants.get(call), session));
      if (call.answer().shape() == Shape.BACKGROUND) {
        type.addMethod(resume(call, session));
      }
    }
    type.addMethod(MethodSpec.methodBuilder("lastInteractionId").addModifiers(Modifier.PUBLIC).returns(String.class)
        .addJavadoc("The id the next call of a conversation continues from; null before the first and when stateless.\n")
        .addStatement("return $N.lastInteractionId()", session).build());
    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return $S + $N + $S", self.simpleName() + "[", session, "]").build());
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  // A method parameter named "session" would hide the field of that name inside the method.
  private static String sessionField(ServiceModel model) {
    List<String> parameters = model.methods().stream()
        .flatMap(call -> call.parameters().stream().map(Parameter::name)).toList();
    return new NameScope(parameters).allocate("session");
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
      code.add("$T.agent($L)", REQUEST, Literals.of(call.agent()));
    } else {
      code.add("$T.model($L)", REQUEST, Literals.of(call.model()));
    }
    code.add("$>$>");
    if (call.systemInstruction() != null) {
      code.add("\n.systemInstruction($L)", Literals.of(call.systemInstruction()));
    }
    if (!call.generation().isEmpty()) {
      code.add("\n.generationConfig($L)", generation(call.generation()));
    }
    RequestSettings settings = call.settings();
    if (settings.serviceTier() != null) {
      code.add("\n.serviceTier($T.of($L))", RuntimeNames.SERVICE_TIER, Literals.of(settings.serviceTier()));
    }
    if (settings.environment() != null) {
      code.add(settings.environment().equals("remote") ? CodeBlock.of("\n.environment($T.remote())", RuntimeNames.ENVIRONMENT_SETTING)
          : CodeBlock.of("\n.environment($T.existing($L))", RuntimeNames.ENVIRONMENT_SETTING,
              Literals.of(settings.environment())));
    }
    if (!settings.webhookUris().isEmpty()) {
      List<CodeBlock> uris = settings.webhookUris().stream().map(Literals::of).toList();
      code.add("\n.webhookConfig($T.of($L))", RuntimeNames.WEBHOOK_CONFIG, CodeBlock.join(uris, ", "));
    }
    if (!call.builtIns().isEmpty() && call.agent() == null) {
      List<CodeBlock> tools = new ArrayList<>();
      for (String builtIn : call.builtIns()) {
        tools.add(CodeBlock.of("$T.builtIn($T.BuiltInTool.$L)", SESSION, SERVICE_ANNOTATION, builtIn));
      }
      code.add("\n.tools($T.of($L))", List.class, CodeBlock.join(tools, ", "));
    }
    return code.add("\n.build()$<$<").build();
  }

  // GenerationConfig.builder().temperature(0.2).maxOutputTokens(200).build(): only what is set.
  private static CodeBlock generation(GenerationSettings settings) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", RuntimeNames.GENERATION_CONFIG);
    settings.temperature().ifPresent(t -> code.add(".temperature($L)", t));
    settings.maxOutputTokens().ifPresent(n -> code.add(".maxOutputTokens($L)", n));
    settings.thinkingLevel().ifPresent(level -> code.add(".thinkingLevel($L)", Literals.of(level)));
    settings.seed().ifPresent(seed -> code.add(".seed($LL)", seed));
    return code.add(".build()").build();
  }

  /**
   * The request constant of each method: methods whose templates are the same (the service's
   * settings, no override) share {@code DEFAULT_REQUEST}; others get {@code <METHOD>_REQUEST}.
   */
  private static Map<Call, String> constants(List<Call> calls) {
    Map<String, Integer> counts = new HashMap<>();
    calls.forEach(call -> counts.merge(template(call).toString(), 1, Integer::sum));
    String shared = counts.entrySet().stream().filter(e -> e.getValue() > 1)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    Map<Call, String> constants = new IdentityHashMap<>();
    NameScope fields = new NameScope(List.of());
    String sharedName = shared == null ? null : fields.allocate("DEFAULT_REQUEST");
    for (Call call : calls) {
      constants.put(call, template(call).toString().equals(shared) ? sharedName
          : fields.allocate(GeneratedNames.constant(call.name(), "REQUEST")));
    }
    return constants;
  }

  private static MethodSpec method(Call call, String request, String session) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(call.name()).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(call.returnType());
    for (Parameter parameter : call.parameters()) {
      method.addParameter(parameter.type(), parameter.name());
    }
    CodeBlock input = input(call);
    Answer answer = call.answer();
    CodeBlock type = answer.outputType().map(schema -> CodeBlock.of("$T.TYPE", schema)).orElse(null);
    CodeBlock reply = switch (answer.shape()) {
      case BACKGROUND -> CodeBlock.of("background($L, $L, $L)", request, input, type != null ? type : result(call));
      case STREAM -> CodeBlock.of("textStream($L, $L)", request, input);
      case PLAIN, REPLY -> switch (answer.payload()) {
        case TEXT -> CodeBlock.of(answer.shape() == Shape.REPLY ? "textReply($L, $L)" : "text($L, $L)", request, input);
        case STRUCTURED -> CodeBlock.of("structured($L, $L, $L)", request, input, type);
        case IMAGE -> CodeBlock.of("image($L, $L)", request, input);
        case AUDIO -> CodeBlock.of("audio($L, $L)", request, input);
        case INTERACTION, REPORT -> CodeBlock.of("interaction($L, $L)", request, input);
      };
    };
    if (answer.payload() == Payload.REPORT && answer.shape() == Shape.PLAIN) {
      return method.addStatement("return $T.from($N.$L)", REPORT, session, reply).build();
    }
    // A plain structured, image or audio value is the value of the Reply the session returns.
    boolean unwrap = answer.shape() == Shape.PLAIN && answer.payload() != Payload.TEXT
        && answer.payload() != Payload.INTERACTION;
    method.addStatement("return $N.$L$L", session, reply, unwrap ? ".value()" : "");
    return method.build();
  }

  private static MethodSpec resume(Call call, String session) {
    return MethodSpec.methodBuilder(GeneratedNames.resumeMethod(call.name())).addModifiers(Modifier.PUBLIC)
        .returns(call.returnType())
        .addParameter(String.class, "interactionId")
        .addJavadoc("The background call of {@link #$L} started earlier as {@code interactionId}, typed again"
            + " (after a restart, say).\n", call.name())
        .addStatement("return $N.resume(interactionId, $L)", session, result(call)).build();
  }

  private static CodeBlock result(Call call) {
    return switch (call.answer().payload()) {
      case TEXT -> CodeBlock.of("$T::textOf", SESSION);
      case REPORT -> CodeBlock.of("$T::from", REPORT);
      case INTERACTION -> CodeBlock.of("$T.identity()", FUNCTION);
      case STRUCTURED -> CodeBlock.of("$T.valueOf($T.TYPE)", SESSION, call.answer().outputType().orElseThrow());
      case IMAGE, AUDIO -> throw new IllegalArgumentException("no background " + call.answer().payload());
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
      return Literals.of("");
    }
    List<CodeBlock> pieces = new ArrayList<>();
    for (Segment segment : segments) {
      if (segment.literal() != null) {
        pieces.add(Literals.of(segment.literal()));
      } else if (segment.schema().isPresent()) {
        pieces.add(CodeBlock.of("$T.TYPE.write($L)", segment.schema().get(), segment.parameter()));
      } else {
        pieces.add(CodeBlock.of("$T.valueOf($L)", String.class, segment.parameter()));
      }
    }
    return CodeBlock.join(pieces, "$W+ ");
  }


}
